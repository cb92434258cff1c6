import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { runCli, withTempDirAsync } from '../support/cli.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

test('report.html renders its diagrams offline and filters findings', async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium is required at ${CHROMIUM} (Debian package chromium; npm test installs it through scripts/ensure-test-tools.sh)`);
  await withTempDirAsync(async (dir) => {
    const out = join(dir, 'out');
    const run = await runCli(['review', 'test/fixtures/designs/timeout-missing.archway.yaml', '--out', out, '--fail-on', 'never']);
    assert.equal(run.code, 0, run.stderr);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const url = pathToFileURL(join(out, 'report.html')).href;
      await page.goto(url);
      await page.waitForSelector('body[data-diagrams="rendered"]', { timeout: 20_000 });
      assert.deepEqual(errors, []);
      assert.deepEqual(requests, [url], 'the report makes no request but for itself');
      assert.ok((await page.locator('pre.mermaid svg').count()) >= 1, 'the context diagram rendered to SVG');

      const rows = page.locator('#findings tbody tr');
      const visible = () => rows.evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => (tr as HTMLElement).dataset.severity));
      const all = await visible();
      assert.ok(all.includes('error') && all.includes('warn'), `fixture has errors and warnings: ${all.join(',')}`);
      await page.locator('input[name=severity][value=error]').uncheck();
      assert.ok(
        (await visible()).every((s) => s !== 'error'),
        'unchecking error hides errors',
      );
      assert.equal(await page.locator('#shown').textContent(), `${all.length - all.filter((s) => s === 'error').length} of ${all.length} shown`);
      await page.locator('input[name=severity][value=error]').check();
      await page.selectOption('select[name=category]', 'rollout');
      const categories = await rows.evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => (tr as HTMLElement).dataset.category));
      assert.ok(categories.length > 0 && categories.every((c) => c === 'rollout'));
      await page.screenshot({ path: join(process.env.ARCHWAY_SCREENSHOTS ?? dir, 'report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});

test('design text cannot inject HTML into the report', async () => {
  const { renderHtml } = await import('../../src/report/html.js');
  const { loadDesignText } = await import('../../src/model/load.js');
  const design = loadDesignText('archway: 1\nservice: { name: a, description: "<img src=x onerror=alert(1)>" }\n', '/tmp/x/archway.yaml');
  const html = renderHtml([{ design, findings: [], sections: [], decisions: [], risks: [] }], [], new Map());
  assert.ok(!html.includes('<img src=x'), 'raw HTML is escaped');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
});

test('links from design text keep only http, https, mailto and relative targets', async () => {
  const { renderHtml } = await import('../../src/report/html.js');
  const { loadDesignText } = await import('../../src/model/load.js');
  const description = [
    '[a](javascript:alert(1))',
    '[b](JaVaScRiPt:alert(2))',
    '[c](data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==)',
    '[d](vbscript:msgbox(4))',
    '[e](java&#x09;script:alert(5))',
    '[f](&#106;avascript:alert(6))',
    '[g](javascript&colon;alert(7))',
    '<javascript:alert(8)>',
    '![h](data:image/svg+xml;base64,PHN2Zz4=)',
    '[ok1](https://example.com/a?b=1&c=2)',
    '[ok2](mailto:team@example.com)',
    '[ok3](#findings)',
    '[ok4](docs/adr.md)',
  ].join(' ');
  const design = loadDesignText(`archway: 1\nservice: { name: a, description: ${JSON.stringify(description)} }\n`, '/tmp/x/archway.yaml');
  const page = renderHtml([{ design, findings: [], sections: [], decisions: [], risks: [] }], [], new Map());
  const html = page.slice(0, page.indexOf('<script>'));
  const hrefs = [...html.matchAll(/<(?:a href|img src)="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, ['https://example.com/a?b=1&amp;c=2', 'mailto:team@example.com', '#findings', 'docs/adr.md']);
  assert.equal(html.match(/<(a|img)\b/g)?.length, 4, 'no other link or image element');
  for (const text of ['>a<', ' b ', ' c ', ' d ', ' e ', ' f ', ' g ']) assert.ok(html.includes(text.replace(/[<>]/g, '')), `link text ${text} is kept`);
});

test('the CSP allows exactly the page’s own inline scripts, by hash', async () => {
  const { createHash } = await import('node:crypto');
  const { renderHtml } = await import('../../src/report/html.js');
  const { loadDesignText } = await import('../../src/model/load.js');
  const design = loadDesignText('archway: 1\nservice: { name: a }\n', '/tmp/x/archway.yaml');
  const html = renderHtml([{ design, findings: [], sections: [], decisions: [], risks: [] }], [], new Map());
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1];
  const scriptSrc = /script-src ([^;]*);/.exec(csp)![1].split(' ');
  assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  assert.equal(scripts.length, 2);
  assert.deepEqual(scriptSrc, scripts);
  assert.equal(renderHtml([{ design, findings: [], sections: [], decisions: [], risks: [] }], [], new Map()), html, 'deterministic');
});

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { runCli, withTempDirAsync } from '../support/cli.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SERVICES = ['notifications', 'orders', 'payments', 'storefront'];

test('a system review writes the system page as DESIGN.md and each service’s review in its folder', async () => {
  await withTempDirAsync(async (dir) => {
    const out = join(dir, 'out');
    const run = await runCli(['review', 'examples/system', '--out', out, '--fail-on', 'never']);
    assert.equal(run.code, 0, run.stderr);
    // the summary names the folder, not each of the services and files in it
    assert.match(run.stdout, /\narchway review: a system of 4 services\nwrote 39 files to \S+\/ \(the system page, and a folder per service\)\n/);
    const page = readFileSync(join(out, 'DESIGN.md'), 'utf8');
    const headings = page.split('\n').filter((l) => /^##? /.test(l));
    assert.deepEqual(headings, [
      '# System review: notifications, orders, payments, storefront',
      '## Context',
      '## Services',
      '## Cross-service findings',
      '## End-to-end figures',
    ]);
    // sync edges solid (thick when critical), async dotted, a service with errors outlined
    assert.ok(page.includes('  svc_storefront ==>|sync, critical| svc_orders\n'), page);
    assert.ok(page.includes('  svc_orders -. async .-> dep_order_events\n  dep_stock_levels -. async .-> svc_orders\n'), page);
    assert.ok(page.includes('  dep_order_events -. async .-> svc_notifications\n'), page);
    assert.ok(page.includes('  class svc_orders error\n'));
    assert.ok(
      page.includes(
        '| payments | team-payments | — | 99.95% (slos.availability) | 350ms | 0 error, 2 warn, 0 info | [payments/DESIGN.md](payments/DESIGN.md) |',
      ),
      page,
    );
    // the cross-service table is only system rules, each located in both files
    const cross = page.slice(page.indexOf('## Cross-service findings'), page.indexOf('## End-to-end figures'));
    const rules = [...cross.matchAll(/^\| \w+ \| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    assert.deepEqual(rules, [
      'system-promise-mismatch',
      'system-promise-mismatch',
      'system-promise-mismatch',
      'system-promise-mismatch',
      'system-timeout-below-p99',
    ]);
    assert.ok(
      cross.includes('| warn | `system-timeout-below-p99` | `examples/system/storefront/archway.yaml:19:14`, `examples/system/orders/archway.yaml:13:19` |'),
      cross,
    );
    // end to end from the storefront: 99.99% × 99.995% = 99.985%; 3 × 450ms + (50 + 100)ms = 1.5s; 3 attempts at each of three hops
    assert.ok(
      page.includes(
        '| storefront | orders, payments | orders-db 99.99% × card-network 99.995% = 99.985% (meets 99.9%) | orders: 3 × 450ms + 150ms backoff = 1.5s (within 1500ms) | storefront → orders → payments → card-network: 3 × 3 × 3 = 27× |',
      ),
      page,
    );
    assert.ok(page.includes('  p0 ==>|"3 attempts, 450ms timeout"| p1\n'), 'the critical path is drawn hop by hop');
    for (const name of SERVICES) {
      const own = readFileSync(join(out, name, 'DESIGN.md'), 'utf8');
      assert.ok(own.startsWith(`# Architecture review: ${name}\n`), `${name}/DESIGN.md is the service's own review`);
    }
    const again = await runCli(['review', 'examples/system', '--out', out, '--check']);
    assert.equal(again.code, 0, 'deterministic: a second run finds the output up to date');
  });
});

test('the system report.html has contents, anchors and folded services whose diagrams draw when opened', async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium is required at ${CHROMIUM}`);
  await withTempDirAsync(async (dir) => {
    const out = join(dir, 'out');
    const run = await runCli(['review', 'examples/system', '--out', out, '--fail-on', 'never']);
    assert.equal(run.code, 0, run.stderr);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(join(out, 'report.html')).href);
      await page.waitForSelector('body[data-diagrams="rendered"]', { timeout: 20_000 });
      assert.deepEqual(errors, []);
      assert.deepEqual(await page.locator('#toc > ol > li > a').allTextContents(), [
        'Context',
        'Services',
        'Cross-service findings',
        'End-to-end figures',
        'Service reviews',
        'Findings',
      ]);
      assert.equal(await page.locator('h2#cross-service-findings a.anchor').getAttribute('href'), '#cross-service-findings');
      // the system diagram and the critical path are drawn; folded services wait
      assert.equal(await page.locator('main > pre.mermaid svg').count(), 2);
      assert.deepEqual(await page.locator('details.service > summary').allTextContents(), [
        'notifications — 0 error, 0 warn, 0 info',
        'orders — 3 error, 1 warn, 0 info',
        'payments — 0 error, 2 warn, 0 info',
        'storefront — 2 error, 3 warn, 0 info',
      ]);
      assert.equal(await page.locator('details#service-orders').getAttribute('open'), null);
      assert.equal(await page.locator('details#service-orders pre.mermaid svg').count(), 0);
      // the service's stroke marks where findings sit
      assert.equal(await page.locator('main > pre.mermaid svg g.node.error').count(), 2);
      await page.locator('a[href="#service-orders"]').click();
      await page.waitForSelector('details#service-orders[open] pre.mermaid svg', { timeout: 20_000 });
      assert.ok((await page.locator('details#service-orders pre.mermaid svg').count()) >= 2, 'opening a service draws its diagrams');
      assert.ok(await page.locator('h2#orders-failure-modes').count(), 'service headings are anchored under the service prefix');
      assert.deepEqual(errors, []);
      await page.screenshot({ path: join(process.env.ARCHWAY_SCREENSHOTS ?? dir, 'system-report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});

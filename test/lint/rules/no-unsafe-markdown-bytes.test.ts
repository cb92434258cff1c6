import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../../src/lint/config.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { lintContract } from '../../../src/lint/run.js';
import { withTempDir } from '../../support/cli.js';

const RULE = LINT_RULES.find((r) => r.id === 'no-unsafe-markdown')!;

/** The rule's findings on a JSON contract written as UTF-8 (read as bytes, its text never decoded unless needed). */
function findings(description: string): string[] {
  return withTempDir((dir) => {
    const path = join(dir, 'api.json');
    const doc = { openapi: '3.1.0', info: { title: 'Café ☕', version: '1', description }, paths: {} };
    writeFileSync(path, JSON.stringify(doc, null, 2));
    return lintContract(loadContract(path), DEFAULT_CONFIG, [RULE]).map(
      (f) => `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.message}`,
    );
  });
}

test('no-unsafe-markdown: the undecoded-bytes prefilter lets through a handler after non-ASCII text', () => {
  assert.deepEqual(findings('Größe <img src=x onerror=alert(1)>'), [
    'no-unsafe-markdown@/info/description 6:20 description contains an HTML event handler attribute',
  ]);
});

test('no-unsafe-markdown: a non-ASCII space before = (several bytes undecoded) still reaches the rule', () => {
  assert.deepEqual(findings('<a onclick\u00a0=go()>x</a> and eval\u2003(x)'), [
    'no-unsafe-markdown@/info/description 6:20 description contains an HTML event handler attribute',
  ]);
});

test('no-unsafe-markdown: non-ASCII text with nothing unsafe passes', () => {
  assert.deepEqual(findings('Größe — <b>bold</b> and evaluation (not eval)'), []);
});

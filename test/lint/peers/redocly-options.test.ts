import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import type { Finding } from '../../../src/core/diagnostic.js';
import { InputError } from '../../../src/core/input-error.js';
import { DEFAULT_CONFIG, loadLintConfig, type LintConfig } from '../../../src/lint/config.js';
import { PEER_RULESETS } from '../../../src/lint/peers/index.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { lintContract } from '../../../src/lint/run.js';
import { REPO, withTempDir } from '../../support/cli.js';
import { line } from '../rules/cases.js';
import { REDOCLY_ASYNC_CASES } from './redocly-async-cases.js';
import { REDOCLY_OPTION_CASES, type RedoclyOptionCase } from './redocly-options-cases.js';

/** A Redocly case of either table, without its expected findings. */
type Case = Omit<RedoclyOptionCase, 'expected'>;

/** Lints a case's files with its one rule and options; `places` as the Redocly fixture writes them (`file#pointer`). */
function lintCase(c: Case, config?: (dir: string) => LintConfig): { findings: Finding[]; places: string[] } {
  const rule = LINT_RULES.find((r) => r.id === c.rule);
  assert.ok(rule, c.rule);
  return withTempDir((dir) => {
    for (const [name, text] of Object.entries({ ...c.files, 'contract.yaml': c.doc })) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const options = c.options ? { [rule.id]: c.options } : undefined;
    const given = config?.(dir) ?? { ...DEFAULT_CONFIG, rules: { [rule.id]: rule.severity }, options };
    const doc = loadContract(join(dir, 'contract.yaml'));
    const findings = lintContract(doc, given, [rule]);
    const fileOf = (shown: string) => [...doc.files.values()].find((f) => f?.source.displayPath === shown)!.path;
    const places = findings.map((f) => {
      const file = relative(dir, fileOf(f.location.file));
      return `${file === 'contract.yaml' ? '' : file}#${f.location.pointer}`;
    });
    return { findings, places: [...new Set(places)].sort() };
  });
}

for (const c of REDOCLY_OPTION_CASES) {
  test(`Redocly ${c.peer} (${c.rule}): ${c.name}`, () => {
    assert.ok(PEER_RULESETS['redocly:recommended'].rules.find((r) => r.name === c.peer)?.archway.includes(c.rule), 'the peer table maps it');
    assert.deepEqual(lintCase(c).findings.map(line), c.expected);
  });
}

/** Redocly's own findings for every case, precomputed by scripts/redocly-cases-expected.mjs. */
const REDOCLY = (JSON.parse(readFileSync(join(REPO, 'test/lint/peers/fixtures/redocly-cases.expected.json'), 'utf8')) as { cases: Record<string, string[]> })
  .cases;
/** Where archway differs from Redocly by design (the peer tables say so too). */
const DIFFERENCES: Record<string, string> = {
  'no-enum-type-mismatch 3.0 Avro payload (not JSON Schema)': 'archway walks JSON Schema payloads only',
  'request-mime-type Swagger 2.0 consumes, document and operation': 'Redocly points at /1 and <operation>/0, archway at consumes[i]',
  'response-mime-type Swagger 2.0 produces': 'Redocly points at <operation>/1, archway at produces[i]',
};

test('agreement with Redocly: every case reports Redocly’s places, except the differences by design', () => {
  const cases: Case[] = [...REDOCLY_ASYNC_CASES, ...REDOCLY_OPTION_CASES];
  assert.deepEqual(Object.keys(REDOCLY).sort(), cases.map((c) => `${c.peer} ${c.name}`).sort(), 'the fixture holds every case');
  let same = 0;
  let places = 0;
  const differing: string[] = [];
  for (const c of cases) {
    const key = `${c.peer} ${c.name}`;
    const ours = lintCase(c).places;
    places += REDOCLY[key].length;
    if (JSON.stringify(ours) === JSON.stringify(REDOCLY[key])) same += REDOCLY[key].length;
    else differing.push(key);
  }
  assert.deepEqual(differing, Object.keys(DIFFERENCES));
  // The figure docs/peers.md quotes.
  assert.deepEqual([same, places], [35, 39]);
});

test('archway.config.yaml: options beside a severity reach the rule; a wrong one is located', () => {
  const c = REDOCLY_OPTION_CASES.find((x) => x.rule === 'request-mime-type' && x.name === 'an allowed second type')!;
  const write = (dir: string, text: string) => (
    writeFileSync(join(dir, 'archway.config.yaml'), text),
    loadLintConfig(join(dir, 'archway.config.yaml'), undefined, dir)
  );
  const found = lintCase({ ...c, options: undefined }, (dir) =>
    write(dir, 'extends: strict\nrules:\n  request-mime-type: { severity: warn, allowedValues: [application/json, application/xml] }\n'),
  ).findings;
  assert.deepEqual(
    found.filter((f) => f.ruleId === 'request-mime-type').map((f) => `${f.severity} ${f.location.pointer}`),
    ['warn /paths/~1a/post/requestBody/content/text~1csv'],
  );
  withTempDir((dir) => {
    assert.throws(
      () => write(dir, 'rules:\n  request-mime-type: { allowedValues: application/json, colour: red }\n  info-contact: { severity: loud }\n'),
      (error: unknown) =>
        error instanceof InputError &&
        JSON.stringify(error.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`)) ===
          JSON.stringify([
            '2:39 rules.request-mime-type.allowedValues must be a list of strings',
            '2:57 rules.request-mime-type: unknown option colour (expected severity, allowedValues)',
            '3:29 rules.info-contact.severity must be one of error, warn, info, hint, off',
          ]),
    );
  });
});

test('redocly.yaml: a Redocly rule’s options pass to its archway rule; what archway does not read is a located warning', () => {
  withTempDir((dir) => {
    const path = join(dir, 'redocly.yaml');
    writeFileSync(
      path,
      'rules:\n  path-segment-plural: { severity: warn, exceptions: [v1], ignoreLastPathSegment: true }\n  response-contains-header:\n    names: { 2XX: [X-Request-Id] }\n    colour: red\n  operation-summary: { severity: error, extra: 1 }\n  component-name-unique: { schemas: warn, parameters: off }\n',
    );
    const config = loadLintConfig(path, undefined, dir);
    assert.deepEqual(config.options, {
      'path-segment-plural': { exceptions: ['v1'], ignoreLastPathSegment: true },
      'response-contains-header': { names: { '2XX': ['X-Request-Id'] } },
      'component-name-unique': { schemas: 'warn', parameters: 'off' },
    });
    assert.equal(config.rules['path-segment-plural'], 'warn');
    assert.equal(config.rules['response-contains-header'], 'error');
    assert.deepEqual(
      config.warnings?.map((w) => `${w.location.line}:${w.location.column} ${w.message}`),
      [
        "5:5 rules.response-contains-header.colour: not an option archway's equivalent reads; ignored",
        "6:41 rules.operation-summary.extra: not an option archway's equivalent reads; ignored",
      ],
    );
    writeFileSync(path, 'rules:\n  request-mime-type: { allowedValues: [1, 2] }\n');
    assert.throws(
      () => loadLintConfig(path, undefined, dir),
      (error: unknown) => error instanceof InputError && error.problems[0].message === 'rules.request-mime-type.allowedValues must be a list of strings',
    );
  });
});

test('component-name-unique: a per-kind severity from the options wins over the rule’s', () => {
  const c = REDOCLY_OPTION_CASES.find((x) => x.rule === 'component-name-unique' && x.name === 'a schema file named like a component')!;
  assert.deepEqual(
    lintCase({ ...c, options: { schemas: 'warn' } }).findings.map((f) => f.severity),
    ['warn', 'warn'],
  );
  assert.deepEqual(
    lintCase(c).findings.map((f) => f.severity),
    ['error', 'error'],
  );
});

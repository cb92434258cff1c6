import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { PEER_RULESETS } from '../../../src/lint/peers/index.js';
import { REDOCLY_ASYNCAPI } from '../../../src/lint/peers/redocly-asyncapi.js';
import { SPECTRAL_ASYNCAPI } from '../../../src/lint/peers/spectral-asyncapi.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { REPO } from '../../support/cli.js';

const require = createRequire(import.meta.url);

/** Spectral's own `spectral:asyncapi`, as installed (a dev dependency). */
const spectral = (require('@stoplight/spectral-rulesets') as { asyncapi: { rules: Record<string, { recommended?: boolean; severity?: string }> } }).asyncapi
  .rules;

/** Redocly's AsyncAPI rule names: every key of the `async2Rules` of its configs, in the bundled CLI. */
function redoclyAsyncRules(): string[] {
  const dir = join(REPO, 'node_modules/@redocly/cli/lib/chunks');
  const names = new Set<string>();
  for (const file of readdirSync(dir)) {
    for (const config of readFileSync(join(dir, file), 'utf8').matchAll(/async2Rules:\{([^}]*)\}/g))
      for (const m of config[1].matchAll(/"([A-Za-z0-9-]+)":"(?:error|warn|off)"/g)) names.add(m[1]);
  }
  assert.ok(names.size > 0, 'Redocly’s async2Rules were not found in @redocly/cli');
  return [...names].sort();
}

test('spectral:asyncapi: every Spectral rule is listed once, with its recommended flag and severity', () => {
  assert.deepEqual(SPECTRAL_ASYNCAPI.rules.map((r) => r.name).sort(), Object.keys(spectral).sort());
  for (const row of SPECTRAL_ASYNCAPI.rules) {
    const rule = spectral[row.name];
    assert.equal(row.recommended, rule.recommended !== false, row.name);
    assert.equal(row.severity, rule.severity ?? 'warn', row.name);
    assert.ok(row.archway.length > 0, `${row.name} has an archway equivalent`);
  }
});

test('Redocly AsyncAPI rules: every rule is listed once', () => {
  assert.deepEqual(REDOCLY_ASYNCAPI.map((r) => r.name).sort(), redoclyAsyncRules());
});

test('peer tables name AsyncAPI rules that exist, and every asyncapi-* rule implements a peer rule', () => {
  const byId = new Map(LINT_RULES.map((r) => [r.id, r]));
  const named = new Set([...SPECTRAL_ASYNCAPI.rules, ...REDOCLY_ASYNCAPI].flatMap((r) => r.archway));
  for (const id of named) {
    assert.ok(byId.has(id), `${id} is a registered rule`);
    assert.ok(byId.get(id)!.formats?.includes('async'), `${id} runs on AsyncAPI`);
  }
  assert.deepEqual(
    LINT_RULES.filter((r) => r.id.startsWith('asyncapi-') && !named.has(r.id)).map((r) => r.id),
    [],
  );
});

test('an archway rule in no preset is one a peer rule without its own archway counterpart selects', () => {
  // Such a rule runs only through a peer ruleset: it must be the peer's rule, not a fragment of one.
  for (const rule of LINT_RULES.filter((r) => r.presets.length === 0 && (r.formats ?? ['oas']).includes('async'))) {
    // Redocly's rules apply to both kinds of document, so its (joined) table selects some of them.
    const rows = [...SPECTRAL_ASYNCAPI.rules, ...PEER_RULESETS['redocly:recommended'].rules].filter((r) => r.archway.includes(rule.id));
    assert.ok(rows.length > 0, rule.id);
  }
});

test('docs/peers-asyncapi.md lists every peer rule with its archway rules', () => {
  const doc = readFileSync(join(REPO, 'docs/peers-asyncapi.md'), 'utf8');
  for (const row of [...SPECTRAL_ASYNCAPI.rules, ...REDOCLY_ASYNCAPI]) {
    const line = doc.split('\n').find((l) => l.startsWith(`| \`${row.name}\` |`) && row.archway.every((id) => l.includes(`\`${id}\``)));
    assert.ok(line, `${row.name} → ${row.archway.join(', ')}`);
  }
});

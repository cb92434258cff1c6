import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderPeersDoc } from '../../../src/lint/peers/docs.js';
import { REDOCLY_RECOMMENDED } from '../../../src/lint/peers/redocly-recommended.js';
import { SPECTRAL_OAS } from '../../../src/lint/peers/spectral-oas.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { REPO } from '../../support/cli.js';

const require = createRequire(import.meta.url);
const ids = new Set(LINT_RULES.map((r) => r.id));
/** The loader's own finding, always on: no rule file. */
const LOADER = new Set(['ref-unresolved']);
const isAsync = (note?: string) => note?.includes('(async)') ?? false;

/** spectral:oas as installed: name → [recommended, severity]. */
function spectralOas(): Map<string, [boolean, string]> | undefined {
  try {
    const ruleset = require('@stoplight/spectral-rulesets').oas as { rules: Record<string, { recommended?: boolean; severity?: unknown }> };
    const names = ['error', 'warn', 'info', 'hint'];
    return new Map(
      Object.entries(ruleset.rules).map(([name, r]) => [
        name,
        [r.recommended !== false, typeof r.severity === 'number' ? names[r.severity] : typeof r.severity === 'string' ? r.severity : 'warn'],
      ]),
    );
  } catch {
    return undefined;
  }
}

/**
 * Redocly's `recommended` config as installed, read from the bundled openapi-core: the object the
 * `configs` map names `recommended`, rule name → severity per spec version.
 */
function redoclyRecommended(): Map<string, string[]> | undefined {
  const dir = join(REPO, 'node_modules/@redocly/cli/lib/chunks');
  if (!existsSync(dir)) return undefined;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const alias = /\{recommended:(\w+),"recommended-strict"/.exec(text)?.[1];
    if (!alias) continue;
    const target = new RegExp(`[,\\s;]${alias}=(\\w+)[;,]`).exec(text)?.[1] ?? alias;
    const start = text.indexOf(`var ${target}=`);
    if (start === -1) continue;
    let depth = 0;
    let end = start + `var ${target}=`.length;
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}' && --depth === 0) break;
    }
    const config = new Function(`return (${text.slice(start + `var ${target}=`.length, end + 1)})`)() as Record<string, Record<string, unknown>>;
    const rules = new Map<string, string[]>();
    for (const [key, map] of Object.entries(config)) {
      if (!/^(rules|oas2Rules|oas3_\dRules|async\dRules)$/.test(key)) continue;
      for (const [rule, value] of Object.entries(map)) {
        const severity = typeof value === 'string' ? value : String((value as { severity: string }).severity);
        rules.set(rule, [...(rules.get(rule) ?? []), severity]);
      }
    }
    return rules;
  }
  return undefined;
}

test('spectral:oas: every rule of the installed ruleset is listed once, with its default and severity', (t) => {
  const installed = spectralOas();
  if (!installed) return t.skip('@stoplight/spectral-rulesets is not installed');
  assert.equal(installed.size, 57);
  const listed = SPECTRAL_OAS.rules.map((r) => r.name);
  assert.deepEqual([...listed].sort(), [...installed.keys()].sort());
  for (const r of SPECTRAL_OAS.rules) assert.deepEqual([r.recommended, r.severity], installed.get(r.name), r.name);
});

test('Redocly: every OpenAPI and AsyncAPI rule of the installed recommended config is listed once, on when it is on', (t) => {
  const installed = redoclyRecommended();
  if (!installed) return t.skip('@redocly/cli is not installed');
  const listed = REDOCLY_RECOMMENDED.rules.map((r) => r.name);
  assert.equal(new Set(listed).size, listed.length, 'no rule twice');
  assert.deepEqual([...listed].sort(), [...installed.keys()].sort());
  for (const r of REDOCLY_RECOMMENDED.rules) {
    const severities: string[] = installed.get(r.name) ?? [];
    assert.equal(
      r.recommended,
      severities.some((s) => s !== 'off'),
      r.name,
    );
    if (r.recommended) assert.ok(severities.includes(r.severity), `${r.name}: ${r.severity} is one of ${severities.join(', ')}`);
  }
});

for (const ruleset of [SPECTRAL_OAS, REDOCLY_RECOMMENDED]) {
  test(`${ruleset.id}: every archway id names a registered rule; an empty mapping says why`, () => {
    for (const r of ruleset.rules.filter((row) => !isAsync(row.note))) {
      for (const id of r.archway) assert.ok(ids.has(id) || LOADER.has(id), `${r.name} → ${id}`);
      if (r.archway.length === 0) assert.match(r.note ?? '', /^(n\/a|not built in)/, r.name);
    }
  });
}

test('redocly:recommended: the AsyncAPI-only rules map to registered AsyncAPI rules', () => {
  const rows = REDOCLY_RECOMMENDED.rules.filter((r) => isAsync(r.note) && r.archway.length > 0);
  assert.ok(rows.length >= 2);
  for (const r of rows) for (const id of r.archway) assert.ok(ids.has(id), `${r.name} → ${id}`);
});

test('every rule in no preset is selectable through a peer table', () => {
  const mapped = new Set([...SPECTRAL_OAS.rules, ...REDOCLY_RECOMMENDED.rules].flatMap((r) => r.archway));
  const unmapped = LINT_RULES.filter((r) => r.presets.length === 0 && (r.formats ?? ['oas']).includes('oas') && !mapped.has(r.id)).map((r) => r.id);
  assert.deepEqual(unmapped, []);
});

test('docs/peers.md is the rendering of the tables', () => {
  const path = join(REPO, 'docs/peers.md');
  const expected = renderPeersDoc(SPECTRAL_OAS, REDOCLY_RECOMMENDED, LINT_RULES);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, expected);
  assert.equal(readFileSync(path, 'utf8'), expected);
});

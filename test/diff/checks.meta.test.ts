import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { AnyCheck, ChangeExample } from '../../src/diff/check.js';
import { CHECKS } from '../../src/diff/checks/index.js';
import { EVENT_TYPES } from '../../src/diff/events.js';
import type { Change } from '../../src/diff/result.js';
import { allRules } from '../../src/registry.js';
import { REPO } from '../support/cli.js';
import { CASE_TODAY, type Case, type CheckCases } from './cases/case.js';
import { diffTexts, pin } from './support.js';

const DIR = join(REPO, 'src/diff/checks');
const GOLDEN = join(REPO, 'test/diff/cases/cases.golden.txt');

/**
 * Diffs pairs, each once per test: a memo kept across tests would hand the mutation runner (which
 * reruns tests in one process with a mutant switched on) the output of the unmutated code.
 */
function runner(): (pair: Case) => Change[] {
  const outputs = new Map<string, Change[]>();
  return (pair) => {
    const key = JSON.stringify([pair.base, pair.revision, pair.today, pair.stability]);
    let changes = outputs.get(key);
    if (!changes) outputs.set(key, (changes = diffTexts(pair.base, pair.revision, { today: pair.today ?? CASE_TODAY, stability: pair.stability }).changes));
    return changes;
  };
}

async function casesOf(check: AnyCheck): Promise<CheckCases> {
  return ((await import(`./cases/${check.id}.js`)) as { default: CheckCases }).default;
}

/** The lines that differ between two documents (as a multiset, headers dropped), dedented: what an example shows. */
function changedLines(pair: Case): Omit<ChangeExample, 'name'> {
  const strip = (t: string) => t.split('\n').filter((l) => l.trim() && !/^(openapi|asyncapi|swagger|info):/.test(l));
  const only = (mine: string[], other: string[]) => {
    const left = new Map<string, number>();
    for (const l of other) left.set(l, (left.get(l) ?? 0) + 1);
    return mine.filter((l) => {
      const n = left.get(l) ?? 0;
      left.set(l, n - 1);
      return n <= 0;
    });
  };
  const dedent = (ls: string[]) => {
    const indent = Math.min(...ls.map((l) => l.length - l.trimStart().length));
    return ls.map((l) => l.slice(indent)).join('\n');
  };
  const [a, b] = [strip(pair.base), strip(pair.revision)];
  const [xa, xb] = [only(a, b), only(b, a)];
  return { base: xa.length ? dedent(xa) : '', revision: xb.length ? dedent(xb) : '' };
}

test('the registry holds every check file, sorted, each id once, each with a case file', () => {
  const ids = CHECKS.map((c) => c.id);
  assert.ok(ids.length >= 100, `at least 100 checks, found ${ids.length}`);
  assert.deepEqual(ids, [...ids].sort(), 'sorted by id');
  assert.equal(new Set(ids).size, ids.length, 'unique ids');
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.slice(0, -3));
  assert.deepEqual(files.sort(), ids, 'one file per registered check, named by its id');
  const cases = readdirSync(join(REPO, 'test/diff/cases'))
    .filter((f) => f.endsWith('.ts') && f !== 'case.ts')
    .map((f) => f.slice(0, -3));
  assert.deepEqual(cases.sort(), ids, 'one case file per check, named by its id');
});

test('every check is in the rule registry, so `archway explain <id>` and docs/rules cover it, with no id shared across engines', () => {
  const rules = allRules();
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, 'rule ids are unique across engines');
  for (const check of CHECKS) {
    const registered = rules.find((r) => r.id === check.id);
    assert.equal(registered?.engine, 'diff', check.id);
    assert.equal(registered.source, `src/diff/checks/${check.id}.ts`);
    assert.ok(String(registered.examples.bad).includes(check.examples.bad.name), 'the bad example is the check’s');
  }
});

test('every event type has at least one check, and every check subscribes to a known event', () => {
  const subscribed = new Set(CHECKS.map((c) => c.event));
  assert.deepEqual(
    EVENT_TYPES.filter((t) => !subscribed.has(t)),
    [],
  );
  for (const check of CHECKS) assert.ok((EVENT_TYPES as readonly string[]).includes(check.event), `${check.id}: ${check.event}`);
});

/** The golden file's sections by check id: each check's test compares its own, so that a mutant reruns only the tests of the checks whose cases reach it. */
function goldenSections(): Map<string, string[]> {
  const byCheck = new Map<string, string[]>();
  if (!existsSync(GOLDEN)) return byCheck;
  for (const section of readFileSync(GOLDEN, 'utf8').replace(/\n$/, '').split('\n\n')) {
    const id = /^## (\S+) (?:triggers|passes|more): /.exec(section)?.[1] ?? '';
    byCheck.set(id, [...(byCheck.get(id) ?? []), section]);
  }
  return byCheck;
}

const golden = goldenSections();
/** Sections written by the tests when UPDATE_GOLDEN is set; only the last test reads them. */
const written = new Map<string, string[]>();

/** Every pair of a check's cases with its role: the golden file holds one section per pair. */
function pairsOf(cases: CheckCases): Array<[string, Case]> {
  return [['triggers', cases.triggers], ['passes', cases.passes], ...(cases.more ?? []).map((c) => ['more', c] as [string, Case])];
}

for (const check of CHECKS) {
  test(`${check.id}: metadata, examples, and its cases trigger it (and do not) at its level; every case's whole output is pinned`, async () => {
    assert.match(check.id, /^[a-z]+(-[a-z]+)*$/);
    const run = runner();
    assert.ok(existsSync(join(DIR, `${check.id}.ts`)), 'id = file name');
    const own = (await import(`../../src/diff/checks/${check.id}.js`)) as { default: AnyCheck };
    assert.equal(own.default, check, 'the file exports this check');
    for (const field of ['description', 'rationale', 'fix'] as const) assert.ok(check[field].trim().endsWith('.'), `${field} is a sentence`);
    const cases = await casesOf(check);
    assert.deepEqual(
      { name: check.examples.bad.name, ...changedLines(cases.triggers) },
      check.examples.bad,
      'the bad example is what changes in the triggering case',
    );
    assert.deepEqual(
      { name: check.examples.good.name, ...changedLines(cases.passes) },
      check.examples.good,
      'the good example is what changes in the passing case',
    );
    assert.equal(check.examples.bad.name, cases.triggers.name);
    assert.equal(check.examples.good.name, cases.passes.name);
    const triggered = run(cases.triggers).filter((c) => c.id === check.id);
    assert.ok(
      triggered.some((c) => c.level === check.level),
      `"${cases.triggers.name}" reports ${check.id} at ${check.level}; got ${JSON.stringify(triggered.map((c) => c.level))}`,
    );
    for (const change of triggered) {
      assert.ok(change.location.line >= 1 && change.location.column >= 1 && change.base !== null, 'located in both files');
      assert.ok(change.message.length > 0 && !change.message.includes('undefined'), `message reads well: ${change.message}`);
    }
    const passed = run(cases.passes).filter((c) => c.id === check.id && c.level === check.level);
    assert.deepEqual(passed.map(pin), [], `"${cases.passes.name}" does not report ${check.id} at ${check.level}`);
    // The whole output of each pair, every check's changes included: id, level, operation, both locations, message and data.
    const sections = pairsOf(cases).map(([role, pair]) => [`## ${check.id} ${role}: ${pair.name}`, ...run(pair).map(pin)].join('\n'));
    if (process.env.UPDATE_GOLDEN) written.set(check.id, sections);
    else assert.deepEqual(sections, golden.get(check.id) ?? [], `${GOLDEN} (UPDATE_GOLDEN=1 rewrites)`);
  });
}

test('the golden file holds a section for each case of each check, in registry order, and nothing else (UPDATE_GOLDEN=1 rewrites)', async () => {
  const headers: string[] = [];
  for (const check of CHECKS) for (const [role, pair] of pairsOf(await casesOf(check))) headers.push(`## ${check.id} ${role}: ${pair.name}`);
  if (process.env.UPDATE_GOLDEN) {
    assert.equal(written.size, CHECKS.length, 'UPDATE_GOLDEN needs every check’s test run');
    writeFileSync(GOLDEN, `${CHECKS.flatMap((c) => written.get(c.id) ?? []).join('\n\n')}\n`);
  }
  const sections = readFileSync(GOLDEN, 'utf8').replace(/\n$/, '').split('\n\n');
  assert.deepEqual(
    sections.map((s) => s.split('\n')[0]),
    headers,
  );
});

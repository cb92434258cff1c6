import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURE_TODAY, type AnyCheck, type CheckFixture } from '../../src/diff/check.js';
import { CHECKS } from '../../src/diff/checks/index.js';
import { EVENT_TYPES } from '../../src/diff/events.js';
import { allRules } from '../../src/registry.js';
import { REPO } from '../support/cli.js';
import { diffTexts } from './support.js';

const DIR = join(REPO, 'src/diff/checks');

function run(check: AnyCheck, fixture: CheckFixture) {
  const result = diffTexts(fixture.base, fixture.revision, { today: fixture.today ?? FIXTURE_TODAY, stability: fixture.stability });
  return result.changes.filter((c) => c.id === check.id);
}

test('the registry holds every check file, sorted, each id once', () => {
  const ids = CHECKS.map((c) => c.id);
  assert.ok(ids.length >= 100, `at least 100 checks, found ${ids.length}`);
  assert.deepEqual(ids, [...ids].sort(), 'sorted by id');
  assert.equal(new Set(ids).size, ids.length, 'unique ids');
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
  assert.deepEqual(files.sort(), ids, 'one file per registered check, named by its id');
});

test('every check is in the rule registry, so `archway explain <id>` and docs/rules cover it, with no id shared across engines', () => {
  const rules = allRules();
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, 'rule ids are unique across engines');
  for (const check of CHECKS) {
    const registered = rules.find((r) => r.id === check.id);
    assert.equal(registered?.engine, 'diff', check.id);
    assert.equal(registered.source, `src/diff/checks/${check.id}.ts`);
    assert.ok(String(registered.examples.bad).includes(check.fixtures.triggers.revision), 'the bad example is the triggering fixture');
  }
});

test('every event type has at least one check, and every check subscribes to a known event', () => {
  const subscribed = new Set(CHECKS.map((c) => c.event));
  assert.deepEqual(EVENT_TYPES.filter((t) => !subscribed.has(t)), []);
  for (const check of CHECKS) assert.ok((EVENT_TYPES as readonly string[]).includes(check.event), `${check.id}: ${check.event}`);
});

for (const check of CHECKS) {
  test(`${check.id}: metadata, file, and fixtures`, async () => {
    assert.match(check.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(existsSync(join(DIR, `${check.id}.ts`)), 'id = file name');
    const own = (await import(`../../src/diff/checks/${check.id}.js`)) as { default: AnyCheck };
    assert.equal(own.default, check, 'the file exports this check');
    for (const field of ['description', 'rationale', 'fix'] as const) assert.ok(check[field].trim().endsWith('.'), `${field} is a sentence`);
    const triggered = run(check, check.fixtures.triggers);
    assert.ok(
      triggered.some((c) => c.level === check.level),
      `"${check.fixtures.triggers.name}" reports ${check.id} at ${check.level}; got ${JSON.stringify(triggered.map((c) => c.level))}`,
    );
    for (const change of triggered) {
      assert.ok(change.location.line >= 1 && change.location.column >= 1 && change.base !== null, 'located in both files');
      assert.ok(change.message.length > 0 && !change.message.includes('undefined'), `message reads well: ${change.message}`);
    }
    const passed = run(check, check.fixtures.passes);
    assert.deepEqual(passed.filter((c) => c.level === check.level).map((c) => c.message), [], `"${check.fixtures.passes.name}" does not report ${check.id} at ${check.level}`);
  });
}

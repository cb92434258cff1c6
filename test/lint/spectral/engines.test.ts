import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { loadSpectralRuleset } from '../../../src/lint/spectral/load.js';
import { loadEngines, queryAll } from '../../../src/lint/spectral/jsonpath.js';
import { ResolvedDocument } from '../../../src/lint/spectral/resolved.js';
import { CORPUS, REPO } from '../../support/cli.js';

/**
 * The memoised engines (src/lint/spectral/dag-query.ts for nimma's traversal, descent.ts for
 * its jsonpath-plus fallback) against nimma itself, as Spectral runs it: every emitted (path,
 * value) pair, in number, and whether the query throws. Expressions: every `given` of the six
 * vendored rulesets and of Spectral's own `spectral:oas`/`spectral:asyncapi`, and a few that
 * reach nimma's quirks; documents: resolved and raw views of small synthetic ones and, with
 * ARCHWAY_RULESETS_ALL=1, of every corpus document.
 */
// The engines load with a ruleset; each test here may run alone (`--test-name-pattern`).
await loadEngines();
const require = createRequire(join(REPO, 'package.json'));
const Nimma = require('nimma').default;
const { jsonPathPlus } = require('nimma/fallbacks');

const QUIRKS = [
  '$..[*]',
  '$.paths.[*]',
  '$.paths.[*].get',
  '$..[*][?(@.type)]',
  '$..[*]..[*]',
  '$.a.[*].b.[*]',
  '$..*~',
  '$.paths[*]..[*]~',
  '$..properties[*]^~',
  '$..properties[*]^^',
  '$..items^^^^^^^^^^^^',
  '$.paths[*][get,put]..schema',
  "$..[?(@property === 'type')]",
  '$..[?(@property >= 200 && @property < 300)]',
  "$..[?(@ && @.type == 'object')].properties",
  '$..[?(@object() && @.enum)]',
  "$..[?(@.type == 'string')]",
  '$.tags.0',
  '$.tags[0]',
  '$..0',
  '$.a..b..c',
  '$..parameters..in',
  '$..properties.*~',
  '$.paths.*.*[responses,requestBody]..schema',
  '$..[description,summary]',
  // nimma cannot parse a `^` followed by more steps: jsonpath-plus runs these, filters and all.
  "$.paths..parameters[*][?(@property === 'name' && (@ === 'id' || @.match(/(_id|Id)$/)))]^.schema",
  "$.paths..[?(@property === 'schema')]^.parameters",
  "$.paths[*][?(@property === 'get')]^.parameters[*]",
  "$..parameters[*][?(@property === 'in' || @property === 'name')]^.schema",
];

/**
 * A deep expression beside the one compared: nimma then traverses without "zones", as it does for
 * a ruleset's many expressions (alone, a fixed-prefix one is traversed through proxies that fail on
 * shared objects).
 */
const UNZONED = '$..archwayNeverAKey';

function reference(input: object, expression: string): { pairs: string[]; threw: boolean } {
  const pairs: string[] = [];
  try {
    new Nimma([expression, UNZONED], { fallback: jsonPathPlus, unsafe: false, output: 'auto', customShorthands: {} }).query(input, {
      [expression]: (scope: { path: unknown[]; value: unknown }) => pairs.push(key(scope)),
      [UNZONED]: () => undefined,
    });
  } catch {
    return { pairs: [], threw: true };
  }
  return { pairs: pairs.sort(), threw: false };
}

function archway(input: object, expression: string): { pairs: string[]; threw: boolean } {
  const pairs: string[] = [];
  try {
    queryAll(
      input,
      new Map([
        [expression, [(scope) => pairs.push(key(scope))]],
        [UNZONED, []],
      ]),
    );
  } catch {
    return { pairs: [], threw: true };
  }
  return { pairs: pairs.sort(), threw: false };
}

/** The path with each segment's type (nimma's indices are numbers, jsonpath-plus's strings), and the value by identity. */
const ids = new Map<unknown, number>();
function key(scope: { path: unknown[]; value: unknown }): string {
  const value =
    scope.value !== null && typeof scope.value === 'object'
      ? `#${ids.get(scope.value) ?? ids.set(scope.value, ids.size).size - 1}`
      : JSON.stringify(scope.value);
  return `${JSON.stringify(scope.path)} ${typeof scope.value} ${value}`;
}

const YAML_RULESETS = ['adidas/.spectral.yaml', 'azure/spectral.yaml', 'zalando/zalando.yml'];

async function expressions(rulesets = [...YAML_RULESETS, 'owasp/ruleset.cjs', 'aywt/ruleset.cjs', 'documentation/ruleset.cjs']): Promise<string[]> {
  const out = new Set(QUIRKS);
  for (const file of rulesets) {
    const ruleset = await loadSpectralRuleset(join(REPO, 'test/fixtures/rulesets', file), REPO);
    for (const rule of ruleset.rules.values()) for (const given of rule.given) if (given.startsWith('$')) out.add(given);
  }
  try {
    const { oas, asyncapi } = require('@stoplight/spectral-rulesets');
    for (const set of [oas, asyncapi])
      for (const rule of Object.values(set.rules as Record<string, { given: string | string[] }>))
        for (const given of [rule.given].flat()) if (given.startsWith('$')) out.add(given);
  } catch {
    // Spectral's rulesets are a development dependency; the vendored rulesets still cover the engines.
  }
  return [...out];
}

/** An order-independent digest of emitted pairs (a count and a sum of hashes): a corpus run emits millions. */
class Digest {
  count = 0;
  sum = 0;
  add(text: string): void {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    this.count++;
    this.sum = (this.sum + (h >>> 0)) % 2 ** 48;
  }
}

function compare(label: string, input: object, all: string[]): void {
  ids.clear();
  // All at once (one traversal each), expression by expression only where a query throws.
  const expected = new Map(all.map((e) => [e, new Digest()]));
  const actual = new Map(all.map((e) => [e, new Digest()]));
  let batched = true;
  try {
    new Nimma(all, { fallback: jsonPathPlus, unsafe: false, output: 'auto', customShorthands: {} }).query(
      input,
      Object.fromEntries(all.map((e) => [e, (scope: { path: unknown[]; value: unknown }) => expected.get(e)!.add(key(scope))])),
    );
    queryAll(input, new Map(all.map((e) => [e, [(scope) => actual.get(e)!.add(key(scope))]])));
  } catch {
    batched = false;
  }
  for (const expression of all) {
    if (batched) {
      assert.deepEqual({ ...actual.get(expression)! }, { ...expected.get(expression)! }, `${label} ${expression}`);
      continue;
    }
    const want = reference(input, expression);
    const got = archway(input, expression);
    assert.equal(got.threw, want.threw, `${label} ${expression}: threw`);
    assert.deepEqual(got.pairs, want.pairs, `${label} ${expression}`);
  }
}

const SYNTHETIC = {
  openapi: '3.0.3',
  tags: [{ name: 'a' }, null, 'b'],
  a: { b: { c: 1, b: { c: [2, { c: 3 }] } }, x: { b: null } },
  paths: {
    '/p/{id}': {
      parameters: [
        { in: 'path', name: 'id' },
        { in: 'header', name: 'X-Id' },
      ],
      get: {
        parameters: [{ in: 'query', name: 'q', schema: { type: 'string', enum: ['a'] } }],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' }, n: null } } } } },
          '404': { description: 'nf' },
        },
      },
      put: { requestBody: { content: { 'text/plain': { schema: { type: 'string' } } } }, responses: { default: { description: 'x' } } },
    },
  },
  components: { schemas: { S: { type: 'object', properties: { type: { type: 'string' }, items: { items: { items: {} } } } } } },
};

test('memoised queries emit what nimma emits, on shared subtrees too', async () => {
  const all = await expressions();
  compare('synthetic', structuredClone(SYNTHETIC), all);
  // The same object under several paths, as in a resolved document.
  const shared = { type: 'object', properties: { id: { type: 'string', in: 'path', name: 'id' } } };
  const dag = {
    openapi: '3.0.3',
    paths: { '/a': { get: { parameters: [shared.properties.id], responses: { '200': { content: { 'application/json': { schema: shared } } } } } } },
    components: { schemas: { S: shared, T: { items: shared } } },
  };
  compare('shared', dag, all);
});

test('a filter that throws behaves as in nimma', () => {
  const input = { paths: { '/a': { get: { parameters: [null, { in: 'path' }] } } }, x: null };
  for (const expression of ["$..[?(@.in == 'path')]", "$.paths..parameters[?(@.in == 'path')].in", "$..[?(@.in == 'path')].in"]) {
    const expected = reference(input, expression);
    const actual = archway(input, expression);
    assert.equal(actual.threw, expected.threw, expression);
    assert.deepEqual(actual.pairs, expected.pairs, expression);
  }
});

test('a filter that reads deeper than one level runs memoised only where it throws nowhere: nimma evaluates it on nodes the memoised query does not reach', () => {
  const expression = '$..parameters[?(@ && @.in && @.in.match(/query|path/))].name';
  const doc = (tagIn: unknown) => ({
    tags: [{ name: 't', in: tagIn }],
    paths: {
      '/a': {
        get: {
          parameters: [
            { in: 'query', name: 'q' },
            { in: 'header', name: 'h' },
          ],
        },
      },
    },
  });
  // nimma tries the filter on every parent of a `name`: the tag's numeric `in` has no `match`.
  assert.deepEqual(reference(doc(5), expression), { pairs: [], threw: true });
  assert.deepEqual(archway(doc(5), expression), { pairs: [], threw: true });
  const expected = reference(doc('x'), expression);
  assert.equal(expected.pairs.length, 1);
  assert.deepEqual(archway(doc('x'), expression), expected);
  // `..name..[?(…)]`: nimma evaluates the filter below the first `name` only, as the memoised query does.
  const below = "$..parameters..[?(@.in == 'body')]";
  const input = { x: null, paths: { '/a': { parameters: [{ in: 'body', schema: { in: 'body' } }] } } };
  assert.deepEqual(archway(input, below), reference(input, below));
  assert.equal(reference(input, below).pairs.length, 2);
  input.paths['/a'].parameters.push(null as never);
  assert.deepEqual(reference(input, below), { pairs: [], threw: true });
  assert.deepEqual(archway(input, below), { pairs: [], threw: true });
});

test('a filter that jsonpath-plus evaluates throws as it does there, once a child it reads has no such method', () => {
  const input = {
    paths: {
      '/a': {
        get: {
          parameters: [
            { in: 'path', name: 'a_id', schema: {} },
            { in: 'query', name: 7 },
          ],
        },
      },
    },
  };
  const expression = "$.paths..parameters[*][?(@property === 'name' && @.match(/_id$/))]^.schema";
  assert.deepEqual(reference(input, expression), { pairs: [], threw: true });
  assert.deepEqual(archway(input, expression), { pairs: [], threw: true });
  input.paths['/a'].get.parameters[1].name = 'b_id' as never;
  const expected = reference(input, expression);
  assert.equal(expected.pairs.length, 1);
  assert.deepEqual(archway(input, expression), expected);
});

test('a jsonpath-plus filter evaluated once per primitive child and property tells names, indices and values apart', () => {
  // The first object answers for ("0", 't') before the array asks for (0, 't'), and the other way round for 1.
  const input = { p: [{ 0: 't', 1: 'u' }, ['t', 'u'], { 0: 'u', 1: 't' }, ['u', 't']] };
  for (const expression of ["$.p[*][?(@property === 0 && @ === 't')]^[*]", "$.p[*][?(@property === '1' && @ === 't')]^[*]"]) {
    const expected = reference(input, expression);
    assert.equal(expected.pairs.length, 2, expression);
    assert.deepEqual(archway(input, expression), expected, expression);
  }
});

test('what stays with nimma is traversed without zones, which fail on shared objects', () => {
  const shared = { type: 'string', default: 'x' };
  const input = { components: { schemas: { S: shared, T: { items: shared }, U: shared } } };
  // `@path` keeps the first with nimma, which alone would zone it (a fixed prefix) and throw here.
  const kept = '$.components.schemas[?(@path.match(/S|U/))]';
  assert.equal(reference(input, kept).threw, false);
  const pairs = new Map<string, string[]>([
    [kept, []],
    ['$..default', []],
  ]);
  queryAll(input, new Map([...pairs.keys()].map((e) => [e, [(scope) => pairs.get(e)!.push(key(scope))]])));
  assert.deepEqual(pairs.get(kept)!.sort(), reference(input, kept).pairs);
  assert.deepEqual(pairs.get('$..default')!.sort(), reference(input, '$..default').pairs);
  assert.equal(pairs.get('$..default')!.length, 3);
});

test('memoised queries agree with nimma on every corpus document', { timeout: 3_600_000 }, async (t) => {
  if (process.env.ARCHWAY_RULESETS_ALL !== '1') return t.skip('set ARCHWAY_RULESETS_ALL=1 (minutes)');
  if (!existsSync(join(CORPUS, 'asana/asana_oas.yaml'))) return t.skip(`corpus not found at ${CORPUS}`);
  // The rulesets' own expressions: the quirks that match every node would emit tens of millions of pairs here.
  const all = (await expressions()).filter((e) => !QUIRKS.includes(e));
  // On the largest documents nimma takes minutes per npm-ruleset expression that falls back to
  // it one by one (OWASP's `@.match` filters throw on GitHub): there the YAML rulesets' and Spectral's.
  const yaml = (await expressions(YAML_RULESETS)).filter((e) => !QUIRKS.includes(e));
  for (const [doc, givens] of [
    ['asana/asana_oas.yaml', all],
    ['box/box-openapi.json', all],
    ['discord/discord-openapi.json', all],
    ['twilio/twilio_messaging_v1.yaml', all],
    ['twilio/twilio_api_v2010.new.json', yaml],
    ['stripe/stripe-spec3.new.json', yaml],
    ['github/api.github.com.new.json', yaml],
    ['digitalocean/specification/DigitalOcean-public.v2.yaml', yaml],
    ['asyncapi/v2/streetlights-kafka.v2.6.0.yml', all],
    ['asyncapi/v3/adeo-kafka-request-reply.v3.1.0.yml', all],
  ] as const) {
    const contract = loadContract(join(CORPUS, doc));
    compare(`${doc} (raw)`, contract.rootFile.root as object, givens);
    compare(`${doc} (resolved)`, new ResolvedDocument(contract).root as object, givens);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syntheticSystem, type SystemShape } from '../../bench/system.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';
import { loadDesignText } from '../../src/model/load.js';
import type { Design } from '../../src/model/types.js';
import { callChains, callGraph, describeChain } from '../../src/resilience/graph.js';
import { renderFailureModes, resilienceRules } from '../../src/resilience/index.js';
import { design, findings, messages } from './support.js';

const call = (to: string, max: number) =>
  `  - { name: ${to}, kind: http, mode: sync, timeout: 100ms, retries: { max: ${max}, backoff: exponential, jitter: true }, idempotent: true }`;
const service = (name: string, ...calls: string[]) => design(`dependencies:\n${calls.join('\n') || '  []'}\n`, name);
const chains = (root: Design, system: Design[]) => callChains(root, system).map((c) => `${describeChain(c)}: ${c.formula}`);

test('a diamond: the worst chain per first call, by the product of attempts along it', () => {
  // a → b (3 attempts) → d (2) = 6; a → c (2) → d (4) = 8
  const system = [service('a', call('b', 2), call('c', 1)), service('b', call('d', 1)), service('c', call('d', 3)), service('d')];
  assert.deepEqual(chains(system[0], system), ['a → b → d: 3 × 2 = 6', 'a → c → d: 2 × 4 = 8']);
  assert.deepEqual(messages('retry-amplification', ...system), []);
  // with 5 attempts on c → d: 2 × 5 = 10 is at the limit, 6 attempts (2 × 6 = 12) over it
  const hot = [system[0], system[1], service('c', call('d', 5)), system[3]];
  assert.deepEqual(messages('retry-amplification', ...hot), ['a → c → d can send 2 × 6 = 12 attempts to d per request, above the 10× limit']);
});

test('ties go to the longer chain, then to the first declared call', () => {
  // a → b → c and a → c: both 1 attempt per hop; b → c is longer
  const system = [service('a', call('b', 0)), service('b', call('c', 0), call('x', 0)), service('c', call('y', 0))];
  assert.deepEqual(chains(system[0], system), ['a → b → c → y: 1 × 1 × 1 = 1']);
});

test('a cycle: reported once with the attempts around it; chains end with the call that re-enters it', () => {
  // a → b with 3 attempts, b → a with 2: 3 × 2 = 6 per turn
  const system = [service('a', call('b', 2)), service('b', call('a', 1), call('z', 0))];
  const [cycle, ...rest] = findings('sync-call-cycle', ...system);
  assert.deepEqual(rest, []);
  assert.equal(cycle.message, 'synchronous call cycle a → b → a; attempts multiply around it: 3 × 2 = 6× per turn');
  assert.deepEqual(cycle.data, { cycle: ['a', 'b', 'a'], factorPerHop: [3, 2], amplification: 6 });
  assert.match(cycle.location.file, /\/b\/archway\.yaml$/, 'located at the call that closes the cycle');
  assert.equal(cycle.location.pointer, '/dependencies/0');
  assert.deepEqual(chains(system[0], system), ['a → b → a: 3 × 2 = 6']);
  assert.deepEqual(chains(system[1], system), ['b → a → b: 2 × 3 = 6', 'b → z: 1 = 1']);
  // a self-call is a cycle of one
  const self = [service('loop', call('loop', 1))];
  assert.deepEqual(messages('sync-call-cycle', ...self), ['synchronous call cycle loop → loop; attempts multiply around it: 2 = 2× per turn']);
});

function load(count: number, shape: SystemShape): Design[] {
  return [...syntheticSystem(count, shape)].map(([name, text]) => loadDesignText(text, `/tmp/system-graph/${name}/archway.yaml`));
}

/** Every resilience rule and the Failure modes section of every service, with the time they take. */
function review(system: Design[]) {
  const started = performance.now();
  const found = runDesignRules(resilienceRules, system, DEFAULT_REVIEW_OPTIONS);
  const sections = system.map((d) => renderFailureModes(d, system, DEFAULT_REVIEW_OPTIONS));
  return { found, sections, ms: performance.now() - started };
}

const names = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `s${from + i}`);

test('a 24-service chain where each calls the next two: worst paths only, in well under 2 s', () => {
  const system = load(24, { fanOut: 2 });
  const { found, sections, ms } = review(system);
  assert.ok(ms < 2000, `took ${Math.round(ms)}ms`);
  // s0 → s1 → … → s23: 23 hops of 2 attempts = 2^23; through s2 first: 22 hops = 2^22
  assert.deepEqual(
    callChains(system[0], system).map((c) => [describeChain(c), c.amplification]),
    [
      [names(0, 23).join(' → '), 2 ** 23],
      [['s0', ...names(2, 23)].join(' → '), 2 ** 22],
    ],
  );
  const amplified = found.filter((f) => f.ruleId === 'retry-amplification');
  // s_i's first call reaches 2^(23-i) > 10 for i ≤ 19, its second 2^(22-i) > 10 for i ≤ 18
  assert.equal(amplified.length, 20 + 19);
  assert.equal(amplified.filter((f) => f.location.file.endsWith('/s0/archway.yaml')).length, 2);
  assert.ok(sections[0].includes(`- ${names(0, 23).join(' → ')}: ${Array(23).fill('2').join(' × ')} = ${2 ** 23}×`));
  assert.deepEqual(
    found.filter((f) => f.ruleId === 'sync-call-cycle'),
    [],
  );
});

test('50 services with cycles: each cycle reported once with its amplification, worst paths bounded, in under 2 s', () => {
  // every fifth service (s4, s9, …) also calls three back: s1 → s2 → s3 → s4 → s1, …
  const system = load(50, { fanOut: 2, cycleEvery: 5, cycleBack: 3 });
  const { found, ms } = review(system);
  assert.ok(ms < 2000, `took ${Math.round(ms)}ms`);
  const cycles = found.filter((f) => f.ruleId === 'sync-call-cycle');
  assert.deepEqual(
    cycles.map((f) => f.message),
    Array.from(
      { length: 10 },
      (_, k) =>
        `synchronous call cycle ${[...names(5 * k + 1, 5 * k + 4), `s${5 * k + 1}`].join(' → ')}; attempts multiply around it: 2 × 2 × 2 × 2 = 16× per turn`,
    ),
  );
  // from s0 the worst chain runs down the whole chain and ends with s49's call back into s46: 50 hops of 2 attempts
  const [worst] = callChains(system[0], system);
  assert.equal(describeChain(worst), [...names(0, 49), 's46'].join(' → '));
  assert.equal(worst.amplification, 2 ** 50);
  assert.equal(callGraph(system).cycles.length, 10);
});

import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'unbounded-fan-out',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'warn',
  description: 'Parallel fan-out to a dependency is bounded by a concurrency limit or a bulkhead.',
  rationale:
    'A request that calls a dependency once per item (per line, per recipient) in parallel can open hundreds of concurrent calls for one large input: it exhausts connection pools, trips rate limits and starves every other request.',
  fix: 'Set `fanOut.concurrency` (e.g. 8) or isolate the calls in a bulkhead (`fanOut.bulkhead: true`), and cap the items per request.',
  verify: 'A load test with the largest allowed input shows concurrent calls to the dependency at or below the limit.',
  references: ['Michael Nygard, "Release It!" 2nd ed., "Bulkheads"', 'Dean & Barroso, "The Tail at Scale": fan-out'],
  examples: {
    bad: 'archway: 1\nservice: { name: notify }\ndependencies:\n  - { name: email, kind: http, mode: sync, timeout: 1s, fanOut: { max: unbounded } }\n',
    good: 'archway: 1\nservice: { name: notify }\ndependencies:\n  - { name: email, kind: http, mode: sync, timeout: 1s, fanOut: { max: unbounded, concurrency: 8 } }\n',
  },
  check({ design, report }) {
    for (const dependency of design.dependencies) {
      const fanOut = dependency.fanOut;
      if (!fanOut || fanOut.concurrency || fanOut.bulkhead) continue;
      const max = fanOut.max ?? 'unbounded';
      if (typeof max === 'number' && max <= 1) continue;
      report({
        pointer: `${dependency.pointer}/fanOut`,
        message: `"${dependency.name}" is called ${max === 'unbounded' ? 'an unbounded number of times' : `up to ${max} times`} in parallel per request with no concurrency limit or bulkhead`,
        data: { dependency: dependency.name, max },
      });
    }
  },
});

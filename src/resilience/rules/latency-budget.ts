import { formatMs } from '../../model/units.js';
import { defineDesignRule } from '../../core/design-rule.js';
import { latencySum } from '../figures.js';

export default defineDesignRule({
  id: 'latency-budget',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'warn',
  description: 'The p99 latencies along the synchronous path fit within the service’s own p99 target.',
  rationale:
    'If the dependencies alone take longer than the service may, the target is missed before the service does any work. Summing p99s is a conservative bound (tails rarely coincide), but a path whose sum exceeds the target leaves no margin.',
  fix: 'Call independent dependencies in parallel, cache slow reads, move work off the request path, or relax the p99 target.',
  verify: 'A load test at peak throughput measures end-to-end p99 below the target.',
  references: ['Dean & Barroso, "The Tail at Scale", CACM 56(2), 2013'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr: { latency: { p99: 200ms } }\ndependencies:\n  - { name: payments, kind: http, mode: sync, latency: { p99: 150ms }, timeout: 190ms }\n  - { name: stock, kind: http, mode: sync, latency: { p99: 80ms }, timeout: 100ms }\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr: { latency: { p99: 200ms } }\ndependencies:\n  - { name: payments, kind: http, mode: sync, latency: { p99: 150ms }, timeout: 190ms, parallel: checks }\n  - { name: stock, kind: http, mode: sync, latency: { p99: 80ms }, timeout: 100ms, parallel: checks }\n',
  },
  check({ design, report }) {
    const target = design.nfr.latency?.p99;
    if (!target) return;
    const sum = latencySum(design);
    if (sum.ms <= target.ms) return;
    report({
      pointer: '/nfr/latency/p99',
      message: `dependency p99s along the synchronous path sum to ${sum.parts.join(' + ')} = ${formatMs(sum.ms)}, above the ${target.text} p99 target (a conservative bound: tails rarely coincide)`,
      data: { targetMs: target.ms, sumMs: sum.ms, parts: sum.parts, missingLatency: sum.missing },
    });
  },
});

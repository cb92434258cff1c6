import { formatMs } from '../../model/units.js';
import { defineDesignRule } from '../../review/rule.js';
import { deadline, pathBudget } from '../figures.js';

export default defineDesignRule({
  id: 'timeout-budget',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'error',
  description: 'The worst case of the synchronous calls (attempts × timeout + backoff) fits within the request deadline.',
  rationale:
    'When a dependency is slow the caller waits for every attempt to time out. If those waits add up to more than the caller’s own deadline, the caller’s client has already given up: the work is wasted, retries pile on, and the outage spreads upstream.',
  fix: 'Shorten timeouts to a little above each dependency’s p99, retry fewer times (or at one layer only), call independent dependencies in parallel, or raise the deadline if users can wait.',
  verify: 'A chaos test makes each critical dependency hang; the service answers (or fails fast) within its deadline.',
  references: ['AWS Builders’ Library, "Timeouts, retries and backoff with jitter"', 'Google SRE book, ch. 22 "Addressing Cascading Failures": deadline propagation'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr: { latency: { p99: 300ms } }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 200ms, retries: { max: 1, backoff: exponential, baseDelay: 50ms, jitter: true } }\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr: { latency: { p99: 300ms } }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 120ms, retries: { max: 1, backoff: exponential, baseDelay: 50ms, jitter: true } }\n',
  },
  check({ design, report }) {
    const limit = deadline(design);
    const budget = pathBudget(design);
    if (!limit || budget.steps.length === 0 || budget.worstCaseMs === undefined || budget.worstCaseMs <= limit.ms) return;
    const slowest = budget.steps.flatMap((s) => s.calls).sort((a, b) => (b.worstCaseMs ?? 0) - (a.worstCaseMs ?? 0))[0];
    report({
      pointer: slowest.dependency.pointer,
      message: `worst case of the synchronous path ${budget.formula} exceeds the ${limit.text} deadline (${limit.source}) by ${formatMs(budget.worstCaseMs - limit.ms)}; ${slowest.formula} is the largest part`,
      data: {
        deadlineMs: limit.ms,
        deadlineSource: limit.source,
        worstCaseMs: budget.worstCaseMs,
        formula: budget.formula,
        calls: budget.steps.flatMap((s) => s.calls.map((c) => ({ name: c.dependency.name, group: s.group ?? null, attempts: c.attempts, timeoutMs: c.timeoutMs, backoffMs: c.backoffMs, worstCaseMs: c.worstCaseMs }))),
      },
    });
  },
});

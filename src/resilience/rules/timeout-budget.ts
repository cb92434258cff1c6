import { formatMs } from '../../model/units.js';
import { defineDesignRule } from '../../core/design-rule.js';
import { deadline, DEFAULT_BASE_DELAY_MS, pathBudget, usesDefaultBaseDelay } from '../figures.js';
import { serviceIndex } from '../graph.js';

export default defineDesignRule({
  id: 'timeout-budget',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'error',
  description:
    'The worst case of the synchronous calls (attempts × timeout + backoff) fits within the request deadline, and within each caller’s timeout along a path through the system.',
  rationale:
    'When a dependency is slow the caller waits for every attempt to time out. If those waits add up to more than the caller’s own deadline, the caller’s client has already given up: the work is wasted, retries pile on, and the outage spreads upstream.',
  fix: 'Shorten timeouts to a little above each dependency’s p99, retry fewer times (or at one layer only), call independent dependencies in parallel, or raise the deadline if users can wait.',
  verify: 'A chaos test makes each critical dependency hang; the service answers (or fails fast) within its deadline.',
  references: [
    'AWS Builders’ Library, "Timeouts, retries and backoff with jitter"',
    'Google SRE book, ch. 22 "Addressing Cascading Failures": deadline propagation',
  ],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr: { latency: { p99: 300ms } }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 200ms, retries: { max: 1, backoff: exponential, baseDelay: 50ms, jitter: true } }\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr: { latency: { p99: 300ms } }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 120ms, retries: { max: 1, backoff: exponential, baseDelay: 50ms, jitter: true } }\n',
  },
  check({ design, system, report }) {
    const limit = deadline(design);
    const budget = pathBudget(design);
    const calls = budget.steps.flatMap((s) => s.calls);
    if (limit && budget.worstCaseMs !== undefined && budget.worstCaseMs > limit.ms) {
      const largest = [...budget.critical].sort((a, b) => b.worstCaseMs! - a.worstCaseMs!)[0];
      report({
        pointer: largest.dependency.pointer,
        message: `worst case of the synchronous path ${budget.formula} exceeds the ${limit.text} deadline (${limit.source}) by ${formatMs(budget.worstCaseMs - limit.ms)}; ${largest.formula} is the largest part`,
        data: {
          deadlineMs: limit.ms,
          deadlineSource: limit.source,
          worstCaseMs: budget.worstCaseMs,
          formula: budget.formula,
          criticalPath: budget.critical.map((c) => c.dependency.name),
          calls: budget.steps.flatMap((s) =>
            s.calls.map((c) => ({
              name: c.dependency.name,
              group: s.group ?? null,
              attempts: c.attempts,
              timeoutMs: c.timeoutMs,
              backoffMs: c.backoffMs,
              worstCaseMs: c.worstCaseMs,
            })),
          ),
          defaults: calls.some((c) => usesDefaultBaseDelay(c.dependency)) ? { baseDelayMs: DEFAULT_BASE_DELAY_MS } : {},
        },
      });
    }
    // Along a path through the system: a callee whose own worst case outlasts the caller's
    // timeout keeps working on calls the caller has abandoned (and retried).
    const services = serviceIndex(system);
    for (const call of calls) {
      const callee = services.get(call.dependency.name);
      const calleeBudget = callee && pathBudget(callee);
      if (!calleeBudget || call.timeoutMs === undefined || calleeBudget.worstCaseMs === undefined || calleeBudget.worstCaseMs <= call.timeoutMs) continue;
      report({
        pointer: `${call.dependency.pointer}/timeout`,
        severity: 'warn',
        message: `${design.service.name} waits ${formatMs(call.timeoutMs)} per attempt on ${callee.service.name}, whose own worst case is ${calleeBudget.formula}: ${callee.service.name} keeps working on calls ${design.service.name} has abandoned${call.attempts > 1 ? ` and retried (${call.attempts} attempts)` : ''}`,
        fix: `Bound ${callee.service.name}'s worst case below ${formatMs(call.timeoutMs)} (shorter timeouts, fewer retries there), or propagate the deadline so it stops when ${design.service.name} gives up.`,
        data: {
          caller: design.service.name,
          callee: callee.service.name,
          timeoutMs: call.timeoutMs,
          attempts: call.attempts,
          calleeWorstCaseMs: calleeBudget.worstCaseMs,
          calleeFormula: calleeBudget.formula,
        },
      });
    }
  },
});

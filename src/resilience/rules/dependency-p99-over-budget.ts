import { defineDesignRule } from '../../core/design-rule.js';
import { isSynchronous } from '../../model/queries.js';
import { formatMs } from '../../model/units.js';

export default defineDesignRule({
  id: 'dependency-p99-over-budget',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'error',
  description: 'No critical synchronous dependency is slower at its p99 than the whole service may be.',
  rationale:
    'A request that must wait for a dependency cannot be faster than it. When the dependency’s own p99 exceeds the service’s p99 target, more than 1% of requests miss the target from that call alone, whatever the service does: the design is infeasible, not merely tight.',
  fix: 'Take the call off the request path (cache, replica, asynchronous hand-off), give it a fallback behind a timeout inside the budget, get its p99 below the budget, or raise the target.',
  verify: 'A load test at peak throughput with the dependency at its stated p99 measures the service’s p99 within the target.',
  references: ['Dean & Barroso, "The Tail at Scale", CACM 56(2), 2013'],
  examples: {
    bad: 'archway: 1\nservice: { name: dispatch }\nnfr: { latency: { p99: 200ms } }\ndependencies:\n  - { name: maps, kind: http, mode: sync, critical: true, latency: { p99: 300ms }, timeout: 350ms }\n',
    good: 'archway: 1\nservice: { name: dispatch }\nnfr: { latency: { p99: 400ms } }\ndependencies:\n  - { name: maps, kind: http, mode: sync, critical: true, latency: { p99: 300ms }, timeout: 350ms }\n',
  },
  check({ design, report }) {
    const budget = design.nfr.latency?.p99;
    if (!budget) return;
    for (const dependency of design.dependencies) {
      const p99 = dependency.latency?.p99;
      if (!dependency.critical || dependency.direction === 'inbound' || !isSynchronous(dependency) || !p99 || p99.ms <= budget.ms) continue;
      // A fallback served once a timeout inside the budget fires keeps the request within it.
      if (dependency.fallback && dependency.timeout && dependency.timeout.ms <= budget.ms) continue;
      report({
        pointer: `${dependency.pointer}/latency/p99`,
        message: `critical synchronous dependency "${dependency.name}" has a p99 of ${p99.text}, above the service’s whole ${budget.text} p99 target (${p99.text} > ${budget.text}, ${Math.round((p99.ms / budget.ms) * 100)}% of the budget), so the target cannot be met while every request waits on it`,
        data: {
          dependency: dependency.name,
          dependencyP99Ms: p99.ms,
          budgetMs: budget.ms,
          overMs: p99.ms - budget.ms,
          percentOfBudget: Math.round((p99.ms / budget.ms) * 100),
        },
        fix: `Raise \`nfr.latency.p99\` to at least ${p99.text} (+${formatMs(p99.ms - budget.ms)}), take "${dependency.name}" off the request path, or give it a \`fallback\` behind a timeout under ${budget.text}.`,
      });
    }
  },
});

import { formatMs, round } from '../../model/units.js';
import { defineDesignRule } from '../../review/rule.js';

/** Consumers should keep this much spare capacity above the peak arrival rate to drain backlogs. */
const HEADROOM = 1.2;

export default defineDesignRule({
  id: 'queue-capacity',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'warn',
  description: 'Consumers × per-consumer throughput exceeds the peak arrival rate with 20% headroom.',
  rationale:
    'When messages arrive faster than consumers process them the backlog grows without bound and every message waits longer (Little’s law: wait = backlog ÷ throughput). Without headroom a backlog after an incident never drains.',
  fix: 'Add consumers (and partitions), make each consumer faster, or shed or batch load at the producer.',
  verify: 'A load test at peak arrival rate shows the consumer lag flat, and a 10-minute backlog draining within the stated time.',
  references: ['Little’s law (L = λW)', 'Google SRE workbook, ch. 11 "Managing Load"'],
  examples: {
    bad: 'archway: 1\nservice: { name: search }\ndependencies:\n  - { name: product-updates, kind: queue, mode: async, direction: inbound, dlq: true, consumers: 2, consumerRps: 100, arrivalRps: 250 }\n',
    good: 'archway: 1\nservice: { name: search }\ndependencies:\n  - { name: product-updates, kind: queue, mode: async, direction: inbound, dlq: true, consumers: 4, consumerRps: 100, arrivalRps: 250 }\n',
  },
  check({ design, report }) {
    for (const dependency of design.dependencies) {
      const { consumers, consumerRps, arrivalRps } = dependency;
      if (consumers === undefined || consumerRps === undefined || arrivalRps === undefined) continue;
      const capacity = consumers * consumerRps;
      const needed = arrivalRps * HEADROOM;
      if (capacity >= needed) continue;
      const growth = arrivalRps - capacity;
      const figures = `${consumers} consumers × ${consumerRps}/s = ${capacity}/s against ${arrivalRps}/s peak arrivals (needs ${round(needed, 1)}/s with 20% headroom)`;
      const consequence =
        growth > 0
          ? `; the backlog grows by ${round(growth, 1)} messages/s${dependency.maxBacklog ? ` and reaches ${dependency.maxBacklog} in ${formatMs((dependency.maxBacklog / growth) * 1000)}` : ' without bound'}`
          : `; a 10-minute backlog (${arrivalRps * 600} messages) would take ${formatMs(((arrivalRps * 600) / (capacity - arrivalRps)) * 1000)} to drain`;
      report({
        pointer: dependency.pointer,
        message: `"${dependency.name}" is under-provisioned: ${figures}${consequence}`,
        data: { consumers, consumerRps, arrivalRps, capacityRps: capacity, requiredRps: round(needed, 2), backlogGrowthRps: round(Math.max(growth, 0), 2) },
      });
    }
  },
});

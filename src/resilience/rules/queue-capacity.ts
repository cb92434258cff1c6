import { formatMs } from '../../model/units.js';
import { defineDesignRule } from '../../core/design-rule.js';
import { QUEUE_HEADROOM, queueCapacity, type QueueCapacity } from '../figures.js';

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
      const q = queueCapacity(dependency);
      if (!q || q.capacityRps >= q.requiredRps) continue;
      const figures = `${q.consumers} consumers × ${q.consumerRps}/s = ${q.capacityRps}/s against ${q.arrivalRps}/s peak arrivals (needs ${q.arrivalRps}/s × ${QUEUE_HEADROOM} = ${q.requiredRps}/s with headroom)`;
      report({
        pointer: dependency.pointer,
        message: `"${dependency.name}" is under-provisioned: ${figures}; ${backlog(q, dependency.maxBacklog)}`,
        data: { ...q, headroom: QUEUE_HEADROOM, maxBacklog: dependency.maxBacklog ?? null },
      });
    }
  },
});

/** What the shortfall does to the backlog: grows at the deficit, or drains slowly with too little spare. */
function backlog(q: QueueCapacity, maxBacklog: number | undefined): string {
  if (q.growthRps > 0) {
    const limit = maxBacklog
      ? ` and reaches ${maxBacklog} in ${maxBacklog} ÷ ${q.growthRps}/s = ${formatMs((maxBacklog / q.growthRps) * 1000)}`
      : ' without bound';
    return `the backlog grows by ${q.arrivalRps} − ${q.capacityRps} = ${q.growthRps} messages/s${limit}`;
  }
  if (q.drainSeconds === undefined) return 'with no spare capacity a backlog never drains';
  return `a 10-minute backlog (${q.arrivalRps}/s × 600s = ${q.arrivalRps * 600} messages) drains at ${q.capacityRps - q.arrivalRps}/s in ${formatMs(q.drainSeconds * 1000)}`;
}

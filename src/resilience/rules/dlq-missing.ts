import { eventContract } from '../event-contract.js';
import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'dlq-missing',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'warn',
  description: 'Every asynchronous consumer has dead-letter handling.',
  rationale:
    'A message the consumer can never process (a poison message) is redelivered forever, blocking its partition or burning the consumer, or it is dropped silently. A dead-letter queue parks it where a person can look at it and replay it.',
  fix: 'Set `dlq: true` on the consumed queue or topic, with an alert on the dead-letter queue’s depth.',
  verify: 'A test publishes a malformed message; it lands in the dead-letter queue after the retry limit and the consumer moves on.',
  references: ['Hohpe & Woolf, "Enterprise Integration Patterns": Dead Letter Channel'],
  examples: {
    bad: 'archway: 1\nservice: { name: search }\ndependencies:\n  - { name: product-updates, kind: topic, mode: async, direction: inbound, delivery: at-least-once, dedupKey: id }\n',
    good: 'archway: 1\nservice: { name: search }\ndependencies:\n  - { name: product-updates, kind: topic, mode: async, direction: inbound, delivery: at-least-once, dedupKey: id, dlq: true }\n',
  },
  check({ design, report, contracts }) {
    for (const dependency of design.dependencies) {
      if (dependency.direction !== 'inbound' || (dependency.kind !== 'queue' && dependency.kind !== 'topic') || dependency.dlq) continue;
      // The consumer settings may live in the event contract: `x-dlq` on each receive operation or its channel.
      const receives = eventContract(design, dependency.name, contracts)?.model.operations.filter((op) => op.action === 'receive') ?? [];
      if (receives.length > 0 && receives.every((op) => op.node['x-dlq'] !== undefined || op.channel.node['x-dlq'] !== undefined)) continue;
      report({
        pointer: dependency.pointer,
        message: `consumer of "${dependency.name}" has no dead-letter handling, so a poison message is retried forever or lost`,
        data: { dependency: dependency.name },
      });
    }
  },
});

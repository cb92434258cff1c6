import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'dual-write',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'error',
  description: 'A service that writes its own store and publishes events does so through an outbox or change-data capture.',
  rationale:
    'Writing the database and then publishing (or the reverse) is two writes with no transaction between them: a crash in between leaves an order without its event, or an event for an order that was rolled back. Consumers drift from the source of truth.',
  fix: 'Publish through a transactional outbox (`outbox: true`) or change-data capture (`cdc: true`) from the store.',
  verify: 'A fault-injection test kills the service between the commit and the publish; the event is still delivered once the service restarts.',
  references: ['Chris Richardson, "Microservices Patterns", ch. 3 "Transactional outbox"', 'Debezium documentation, "Outbox event router"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, store: postgres }]\ndependencies:\n  - { name: order-events, kind: topic, mode: async, delivery: at-least-once, dedupKey: id }\n',
    good: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, store: postgres }]\ndependencies:\n  - { name: order-events, kind: topic, mode: async, delivery: at-least-once, dedupKey: id, outbox: true }\n',
  },
  check({ design, report }) {
    const stores = design.data.owned.filter((d) => d.store);
    if (stores.length === 0) return;
    for (const dependency of design.dependencies) {
      const publishes = dependency.direction !== 'inbound' && (dependency.kind === 'topic' || dependency.kind === 'queue');
      if (!publishes || dependency.outbox || dependency.cdc) continue;
      report({
        pointer: dependency.pointer,
        message: `the service writes ${stores.map((d) => `${d.name} (${d.store})`).join(', ')} and publishes to "${dependency.name}" with no outbox or CDC, so a crash between the two writes loses or invents events`,
        data: { dependency: dependency.name, stores: stores.map((d) => d.store) },
      });
    }
  },
});

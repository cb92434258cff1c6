import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'data-freshness-missing',
  stage: 'boundaries',
  category: 'boundaries',
  severity: 'warn',
  description: 'Every referenced datum states how stale it may be.',
  rationale:
    'How fresh a copy of someone else’s data must be decides between querying the owner on every request, caching, or replicating through events. Without a number the choice is made by accident.',
  fix: 'Add `freshness:` (e.g. `5m`, or `0s` when every read must see the owner’s latest state).',
  verify: 'A test or metric shows the replication or cache lag stays under the stated freshness.',
  references: ['Martin Kleppmann, "Designing Data-Intensive Applications", ch. 5 "Replication lag"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndata:\n  referenced: [{ name: customer, owner: customers, via: api }]\n',
    good: 'archway: 1\nservice: { name: orders }\ndata:\n  referenced: [{ name: customer, owner: customers, via: api, freshness: 5m }]\n',
  },
  check({ design, report }) {
    for (const datum of design.data.referenced) {
      if (datum.freshness) continue;
      report({
        pointer: datum.pointer,
        message: `referenced data "${datum.name}" states no freshness, so query-through, cache and replica cannot be weighed`,
      });
    }
  },
});

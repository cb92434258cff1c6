import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'data-owner-mismatch',
  stage: 'boundaries',
  category: 'boundaries',
  severity: 'error',
  scope: 'system',
  description: 'In a system review, data referenced from a service is owned by the service it names.',
  rationale:
    'A datum referenced from `customers` that the customers design does not own is owned by nobody: each side assumes the other is its system of record.',
  fix: 'Either list the datum under `data.owned` of the owning service, or correct the `owner:` of the reference.',
  verify: 'A system review of all design files reports no ownership mismatch.',
  references: ['Domain-Driven Design, "Context Map"'],
  examples: {
    bad: [
      'archway: 1\nservice: { name: orders }\ndata:\n  referenced: [{ name: customer, owner: customers, via: api, freshness: 5m }]\n',
      'archway: 1\nservice: { name: customers }\ndata:\n  owned: [{ name: address, store: postgres }]\n',
    ],
    good: [
      'archway: 1\nservice: { name: orders }\ndata:\n  referenced: [{ name: customer, owner: customers, via: api, freshness: 5m }]\n',
      'archway: 1\nservice: { name: customers }\ndata:\n  owned: [{ name: customer, store: postgres }]\n',
    ],
  },
  check({ system, report }) {
    const byName = new Map(system.map((d) => [d.service.name, d]));
    for (const design of system) {
      for (const datum of design.data.referenced) {
        const owner = datum.owner === undefined ? undefined : byName.get(datum.owner);
        if (!owner || owner.data.owned.some((d) => d.name === datum.name)) continue;
        report({
          design,
          pointer: `${datum.pointer}/owner`,
          message: `"${datum.name}" is referenced from ${design.service.name} as owned by ${owner.service.name}, but ${owner.service.name} does not own it`,
          data: { datum: datum.name, referencedBy: design.service.name, namedOwner: owner.service.name },
        });
      }
    }
  },
});

import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'shared-data-ownership',
  stage: 'failure-modes',
  category: 'resilience',
  severity: 'error',
  scope: 'system',
  description: 'Each datum is owned by exactly one service.',
  rationale:
    'Two services owning the same data means a shared database or two competing systems of record: schema changes need both teams, writes race, and neither can be deployed or scaled alone.',
  fix: 'Pick one owner; the other references the data (`data.referenced`) through the owner’s API or events.',
  verify: 'A system review of all design files reports each datum under exactly one service’s `data.owned`.',
  references: ['Sam Newman, "Building Microservices" 2nd ed., "The shared database" anti-pattern'],
  examples: {
    bad: [
      'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: customer, store: postgres }]\n',
      'archway: 1\nservice: { name: customers }\ndata:\n  owned: [{ name: customer, store: postgres }]\n',
    ],
    good: [
      'archway: 1\nservice: { name: orders }\ndata:\n  referenced: [{ name: customer, owner: customers, via: api, freshness: 5m }]\n',
      'archway: 1\nservice: { name: customers }\ndata:\n  owned: [{ name: customer, store: postgres }]\n',
    ],
  },
  check({ system, report }) {
    const owners = new Map<string, string>();
    for (const design of system) {
      for (const datum of design.data.owned) {
        const first = owners.get(datum.name);
        if (first === undefined) owners.set(datum.name, design.service.name);
        else
          report({
            design,
            pointer: datum.pointer,
            message: `"${datum.name}" is owned by both ${first} and ${design.service.name}`,
            data: { datum: datum.name, owners: [first, design.service.name] },
          });
      }
    }
  },
});

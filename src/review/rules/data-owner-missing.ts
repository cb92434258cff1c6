import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'data-owner-missing',
  stage: 'boundaries',
  category: 'boundaries',
  severity: 'error',
  description: 'Every referenced datum names the service that owns it.',
  rationale:
    'Data the service uses but does not own has one system of record somewhere else. Without an owner nobody knows whom to ask for changes, who guarantees its schema, or whether it may be copied.',
  fix: 'Add `owner:` with the owning service’s name to the referenced datum.',
  verify: 'The owning service lists the datum under `data.owned` in its own design file (a system review checks this).',
  references: ['Domain-Driven Design, "Bounded Context" and "Context Map"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndata:\n  referenced: [{ name: customer, via: api, freshness: 5m }]\n',
    good: 'archway: 1\nservice: { name: orders }\ndata:\n  referenced: [{ name: customer, owner: customers, via: api, freshness: 5m }]\n',
  },
  check({ design, report }) {
    for (const datum of design.data.referenced) {
      if (datum.owner) continue;
      report({ pointer: datum.pointer, message: `referenced data "${datum.name}" names no owner, so its system of record is unknown` });
    }
  },
});

import { isObject } from '../helpers.js';
import { rootAt } from '../async-peers.js';
import { child } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-info-contact-properties',
  category: 'docs',
  severity: 'warn',
  presets: [],
  formats: ['async'],
  description: 'The contact object has a `name`, a `url` and an `email` (selected by `extends: spectral:asyncapi`).',
  rationale:
    'Style guides that mirror Spectral want all three ways to reach the owner. archway’s own `asyncapi-info-contact` is satisfied by one of them, so this rule is in no archway preset.',
  fix: 'Fill in `info.contact.name`, `url` and `email`.',
  references: [
    'AsyncAPI 3.0.0 "Contact Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#contactObject)',
    'Spectral asyncapi-info-contact-properties',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, contact: { name: team-orders } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, contact: { name: team-orders, url: "https://example.com/orders", email: orders@example.com } }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const contact = isObject(node.info) ? node.info.contact : undefined;
      if (!isObject(contact)) return;
      const missing = ['name', 'url', 'email'].filter((field) => !contact[field]);
      // One finding naming every missing field: findings of a rule at one place are merged.
      if (missing.length > 0)
        report(ctx, { at: child(rootAt(ctx.doc), 'info', 'contact'), target: 'key', message: `the contact has no ${missing.join(', ')}`, data: { missing } });
    },
  }),
});

import { defineLintRule } from '../rule.js';

const FIELDS = ['name', 'url', 'email'] as const;

export default defineLintRule({
  id: 'contact-properties',
  category: 'docs',
  severity: 'warn',
  presets: [],
  description: 'The contact has a `name`, a `url` and an `email`.',
  rationale: 'Some style guides want every channel written down; archway’s `info-contact` is content with one of them.',
  fix: 'Complete `info.contact` with `name`, `url` and `email`.',
  references: ['OpenAPI 3.1 §4.8.3 "Contact Object"', 'spectral:oas contact-properties'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0, contact: { name: Orders } }\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0, contact: { name: Orders, url: "https://example.com/orders", email: orders@example.com } }\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const contact = node.info?.contact;
      if (contact === null || typeof contact !== 'object' || Array.isArray(contact)) return;
      const missing = FIELDS.filter((field) => typeof contact[field] !== 'string' || contact[field] === '');
      if (missing.length > 0)
        report(ctx, {
          at: { file: ctx.at.file, pointer: '/info/contact' },
          target: 'key',
          message: `the contact has no ${missing.join(', ')}`,
          data: { missing },
        });
    },
  }),
});

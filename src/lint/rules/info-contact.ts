import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'info-contact',
  category: 'docs',
  severity: 'info',
  presets: ['recommended', 'strict'],
  description: 'The document names a contact (team, e-mail or URL).',
  rationale: 'Consumers with a question, an outage or a breaking change to negotiate need to know who owns the API.',
  fix: 'Add `info.contact` with the owning team’s name and e-mail or channel.',
  references: ['OpenAPI 3.1 §4.8.3 "Contact Object"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0, contact: { name: team-orders, email: orders@example.com } }\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const contact = node.info?.contact;
      if (!contact || (!contact.email && !contact.url && !contact.name))
        report(ctx, { at: { file: ctx.at.file, pointer: '/info' }, message: 'the document names no contact' });
    },
  }),
});

import { isObject } from '../helpers.js';
import { closestAt } from '../async-peers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-info-contact',
  category: 'docs',
  severity: 'info',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'The AsyncAPI document names a contact (`info.contact` with a name, URL or e-mail).',
  rationale:
    'Consumers of an event stream need to know who owns it: whom to ask about a field, report a poison message to, or negotiate a breaking change with.',
  fix: 'Add `info.contact` with the owning team’s name and e-mail or channel.',
  references: [
    'AsyncAPI 3.0.0 "Contact Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#contactObject)',
    'Spectral asyncapi-info-contact; Redocly info-contact',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, contact: { name: team-orders, email: orders@example.com } }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const contact = isObject(node.info) ? node.info.contact : undefined;
      if (!isObject(contact) || (!contact.name && !contact.url && !contact.email))
        report(ctx, { at: closestAt(ctx.doc, 'info', 'contact'), message: 'the document names no contact' });
    },
  }),
});

import { addressAt, writtenAddress } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-channels-kebab-case',
  category: 'naming',
  severity: 'warn',
  presets: [],
  formats: ['async'],
  description:
    'Every segment of a channel address (split at `/`, `.` and `:`) is kebab-case (lower-case letters, digits, hyphens) or a `{parameter}` (selected by a Redocly config).',
  rationale:
    'Redocly’s naming rule for channels. archway’s `event-channel-naming` asks for one convention across the document, whichever it is, since brokers and teams differ (snake_case Kafka topics are common); this fixed kebab-case rule is in no archway preset.',
  fix: 'Rename the channel to kebab-case segments (`order-placed`), keeping parameters in braces.',
  references: ['Redocly channels-kebab-case (https://redocly.com/docs/cli/rules/async/channels-kebab-case)'],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders.order_placed\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders.order-placed\n',
  },
  create: ({ report }) => ({
    Channel(_node, ctx) {
      const channel = ctx.event!.channel!;
      const address = writtenAddress(ctx.doc, channel);
      if (address === undefined) return;
      const segment = address.split(/[/.:]/).find((s) => s !== '' && !/^\{.+\}$/.test(s) && !/^[a-z0-9-]+$/.test(s));
      if (segment !== undefined)
        report(ctx, { ...addressAt(ctx.doc, channel), message: `channel address ${address} is not kebab-case: ${segment}`, data: { address, segment } });
    },
  }),
});

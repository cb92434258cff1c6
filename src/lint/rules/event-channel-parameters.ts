import { isObject } from '../helpers.js';
import { addressAt, addressParameters, child, writtenAddress } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'event-channel-parameters',
  category: 'events',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'Every `{parameter}` in a channel address is declared in the channel’s `parameters`, and every declared parameter appears in the address.',
  rationale:
    'Code generators build the address from the declared parameters: an undeclared one leaves a literal `{id}` in the topic name, or fails generation; a declared one the address does not use is a leftover that documents a routing dimension that does not exist.',
  fix: 'Declare each address parameter under the channel’s `parameters` (with a description and, where known, an enum or location), and remove declared parameters the address does not use.',
  references: [
    'AsyncAPI 3.0.0 "Channel Object": address, parameters, and "Parameter Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#parameterObject)',
    'AsyncAPI 2.6.0 "Parameters Object"',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  lights:\n    address: "lights.{lightId}.measured"\n    parameters:\n      streetId: { description: The street. }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  lights:\n    address: "lights.{lightId}.measured"\n    parameters:\n      lightId: { description: The light. }\n',
  },
  create: ({ report }) => ({
    Channel(node, ctx) {
      const channel = ctx.event!.channel!;
      const address = writtenAddress(ctx.doc, channel);
      if (address === undefined) return;
      const used = new Set(addressParameters(address));
      const declared = isObject(node.parameters) ? node.parameters : {};
      for (const name of used) {
        if (!(name in declared))
          report(ctx, {
            ...addressAt(ctx.doc, channel),
            messageId: 'undeclared',
            message: `channel ${channel.key} uses {${name}} in its address but does not declare it in parameters`,
          });
      }
      for (const name of Object.keys(declared)) {
        if (!used.has(name))
          report(ctx, {
            at: child(channel.at, 'parameters', name),
            target: 'key',
            messageId: 'unused',
            message: `channel ${channel.key} declares parameter ${name}, which its address ${address} does not use`,
          });
      }
    },
  }),
});

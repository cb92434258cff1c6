import type { EventMessage } from '../../contracts/asyncapi.js';
import type { ContractDocument } from '../../contracts/load.js';
import type { At } from '../../contracts/walk.js';
import { messageName, messageSchema, placeKey, propertyDeclarations } from '../events.js';
import { defineLintRule } from '../rule.js';

/** The payload's fixed top-level values (`const`, or a one-value `enum`), e.g. `{"type":"bot_added"}`. */
function fixedValues(doc: ContractDocument, message: EventMessage<At>): string | undefined {
  const payload = messageSchema(doc, message, 'payload');
  if (!payload) return undefined;
  const fixed: Array<[string, unknown]> = [];
  for (const [name, declarations] of propertyDeclarations(doc, payload)) {
    // allOf members refine one another: `type: string` in a shared envelope, `const` in the message's own member.
    const value = declarations
      .map(({ node }) => (node.const !== undefined ? { v: node.const } : Array.isArray(node.enum) && node.enum.length === 1 ? { v: node.enum[0] } : undefined))
      .find(Boolean);
    if (value) fixed.push([name, value.v]);
  }
  return fixed.length ? JSON.stringify(fixed.sort((a, b) => (a[0] < b[0] ? -1 : 1))) : undefined;
}

export default defineLintRule({
  id: 'event-message-discriminable',
  category: 'events',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description:
    'Messages sent (or received) on one channel differ in the fixed values consumers dispatch on: a `type` or `event` field with a `const` or one-value `enum`.',
  rationale:
    'When several kinds of message share one channel — a WebSocket, a multiplexed topic — consumers tell them apart by a discriminator field. Two messages that declare the same fixed values are indistinguishable: one of them is never handled, or is handled as the other, and generated dispatch code has two branches for one value.',
  fix: 'Give each message its own discriminator value (often a copy-paste slip: `bot_changed` declared as `bot_added`).',
  references: [
    'AsyncAPI 3.0.0 "Channel Object": messages (https://www.asyncapi.com/docs/reference/specification/v3.0.0#channelObject)',
    'CloudEvents 1.0.2 "Context Attributes": type, "used for routing, observability, policy enforcement"',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  socket:\n    address: /\n    messages:\n      botAdded: { name: botAdded, payload: { type: object, properties: { type: { const: bot_added } } } }\n      botChanged: { name: botChanged, payload: { type: object, properties: { type: { const: bot_added } } } }\noperations:\n  sendEvents: { action: send, channel: { $ref: "#/channels/socket" } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  socket:\n    address: /\n    messages:\n      botAdded: { name: botAdded, payload: { type: object, properties: { type: { const: bot_added } } } }\n      botChanged: { name: botChanged, payload: { type: object, properties: { type: { const: bot_changed } } } }\noperations:\n  sendEvents: { action: send, channel: { $ref: "#/channels/socket" } }\n',
  },
  create: ({ report }) => {
    /** Channel and action → the messages an operation sends or receives there, in order. */
    const flows = new Map<string, { channel: string; messages: Set<EventMessage<At>> }>();
    return {
      Operation(_node, ctx) {
        const op = ctx.event!.operation!;
        const key = `${placeKey(op.channel.at)}\0${op.action}`;
        const flow = flows.get(key) ?? { channel: op.channel.key, messages: new Set() };
        flows.set(key, flow);
        for (const m of op.messages) flow.messages.add(m);
      },
      DocumentExit(_node, ctx) {
        const reported = new Set<EventMessage<At>>();
        for (const { channel, messages } of flows.values()) {
          const first = new Map<string, EventMessage<At>>();
          for (const message of messages) {
            const values = fixedValues(ctx.doc, message);
            if (!values) continue;
            const earlier = first.get(values);
            if (!earlier) first.set(values, message);
            else if (!reported.has(message)) {
              reported.add(message);
              const shown = (JSON.parse(values) as Array<[string, unknown]>).map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(', ');
              report(ctx, {
                at: message.payloadAt,
                message: `messages ${messageName(earlier)} and ${messageName(message)} on channel ${channel} both declare ${shown}; consumers cannot tell them apart`,
              });
            }
          }
        }
      },
    };
  },
});

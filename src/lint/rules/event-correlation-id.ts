import { addTo } from '../../core/collections.js';
import { isObject } from '../helpers.js';
import { child, follow, messageName, placeKey } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'event-correlation-id',
  category: 'events',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'The request and reply messages of a request/reply operation (3.0 `reply`) declare a correlationId.',
  rationale:
    'A reply arrives on a shared channel, out of order, possibly after a retry. Only a correlation id copied from the request lets the requester match it to the call that is waiting, and lets a trace join both halves. This rule asks it of request/reply messages, where it is needed for correctness; fire-and-forget events may carry one for tracing but are not required to.',
  fix: 'Add `correlationId: { location: "$message.header#/correlationId" }` (or a payload location) to both the request and the reply message, pointing at the same value.',
  references: [
    'AsyncAPI 3.0.0 "Operation Reply Object" and "Correlation ID Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#correlationIdObject)',
    'Hohpe & Woolf, Enterprise Integration Patterns: "Correlation Identifier"',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  quotes:\n    address: quotes.requested\n    messages:\n      request: { name: QuoteRequested, payload: { type: object } }\n  answers:\n    address: quotes.answered\n    messages:\n      reply: { name: QuoteAnswered, payload: { type: object } }\noperations:\n  answerQuote:\n    action: receive\n    channel: { $ref: "#/channels/quotes" }\n    reply: { channel: { $ref: "#/channels/answers" } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  quotes:\n    address: quotes.requested\n    messages:\n      request: { name: QuoteRequested, correlationId: { location: "$message.header#/correlationId" }, headers: { type: object, properties: { correlationId: { type: string } } }, payload: { type: object } }\n  answers:\n    address: quotes.answered\n    messages:\n      reply: { name: QuoteAnswered, correlationId: { location: "$message.header#/correlationId" }, headers: { type: object, properties: { correlationId: { type: string } } }, payload: { type: object } }\noperations:\n  answerQuote:\n    action: receive\n    channel: { $ref: "#/channels/quotes" }\n    reply: { channel: { $ref: "#/channels/answers" } }\n',
  },
  create: ({ report }) => {
    /** Message place → the roles it plays: "request of x", "reply of x". */
    const roles = new Map<string, string[]>();
    return {
      Operation(node, ctx) {
        const op = ctx.event!.operation!;
        const reply = follow(ctx.doc, node.reply, child(op.at, 'reply'));
        if (!reply) return;
        for (const m of op.messages) addTo(roles, placeKey(m.at), `request of ${op.id}`);
        const channel = follow(ctx.doc, reply.node.channel, child(reply.at, 'channel'));
        const listed = Array.isArray(reply.node.messages)
          ? reply.node.messages.map((m: unknown, i: number) => follow(ctx.doc, m, child(reply.at, 'messages', i)))
          : channel && isObject(channel.node.messages)
            ? Object.keys(channel.node.messages).map((name) => follow(ctx.doc, channel.node.messages[name], child(channel.at, 'messages', name)))
            : [];
        for (const m of listed) if (m) addTo(roles, placeKey(m.at), `reply of ${op.id}`);
      },
      Message(node, ctx) {
        const message = ctx.event!.message!;
        const of = roles.get(placeKey(message.at));
        if (of && node.correlationId === undefined)
          report(ctx, { message: `message ${messageName(message)} is the ${[...new Set(of)].join(', ')} but declares no correlationId` });
      },
    };
  },
});

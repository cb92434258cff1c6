import type { EventOperation } from '../../contracts/asyncapi.js';
import type { ContractDocument } from '../../contracts/load.js';
import type { At } from '../../contracts/walk.js';
import { getAtPointer } from '../../core/pointer.js';
import { child, documentExtension } from '../events.js';
import { isObject } from '../helpers.js';
import { defineLintRule } from '../rule.js';

const VALUES = ['at-least-once', 'at-most-once', 'exactly-once-effect'];

/** Where an operation's x-delivery is written: on the operation as written, else on its last trait that sets it. */
function writtenAt(doc: ContractDocument, op: EventOperation<At>): At {
  const written = getAtPointer(op.at.file.root, op.at.pointer) as Record<string, any>;
  if (written['x-delivery'] !== undefined) return child(op.at, 'x-delivery');
  // Traits are followed as the event model merged them (a trait in another file included).
  const traits = (written.traits as unknown[]).map((t, i) => doc.deref(t, op.at.file, `${op.at.pointer}/traits/${i}`));
  const trait = traits.reverse().find((t) => isObject(t.node) && t.node['x-delivery'] !== undefined)!;
  return child({ file: trait.file, pointer: trait.pointer }, 'x-delivery');
}

export default defineLintRule({
  id: 'event-delivery-semantics',
  category: 'events',
  severity: 'warn',
  presets: ['strict'],
  formats: ['async'],
  description:
    'Every operation documents its delivery semantics with `x-delivery: at-least-once | at-most-once | exactly-once-effect`, on the operation (or a trait), its channel, or the document (root or `info`) as a default.',
  rationale:
    'Whether a message can arrive twice or not at all decides the consumer’s design: at-least-once needs idempotent handlers and deduplication, at-most-once needs the loss to be acceptable. Left unsaid, each consumer guesses, and the guess is usually “exactly once”, which no network delivers; `exactly-once-effect` names the achievable promise (at-least-once delivery with idempotent or transactional processing).',
  fix: 'Add `x-delivery: at-least-once` (or `at-most-once`, `exactly-once-effect`) to the operation, its channel, or `info` for the whole document.',
  references: [
    'Apache Kafka documentation, "Design: Message Delivery Semantics"',
    'AsyncAPI 3.0.0 "Specification Extensions"',
    'Hohpe & Woolf, Enterprise Integration Patterns: "Guaranteed Delivery" and "Idempotent Receiver"',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders: { address: orders.v1, x-delivery: exactly-once }\noperations:\n  publishOrders: { action: send, channel: { $ref: "#/channels/orders" } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders: { address: orders.v1, x-delivery: at-least-once }\noperations:\n  publishOrders: { action: send, channel: { $ref: "#/channels/orders" } }\n',
  },
  create: ({ report }) => {
    const checked = new Set<string>();
    /** Reports an invalid value once where it is written; true when the value is valid. */
    const valid = (value: unknown, at: At, ctx: { at: At }) => {
      if (VALUES.includes(value as string)) return true;
      const key = `${at.file.path}#${at.pointer}`;
      if (!checked.has(key)) {
        checked.add(key);
        const hint = /exactly.?once/i.test(String(value))
          ? '; exactly-once delivery is not achievable across a network, say exactly-once-effect for at-least-once delivery with idempotent processing'
          : '';
        report(ctx, { at, messageId: 'invalid', message: `x-delivery ${JSON.stringify(value)} is not one of ${VALUES.join(', ')}${hint}` });
      }
      return false;
    };
    return {
      Document(_node, ctx) {
        const declared = documentExtension(ctx.doc, 'x-delivery');
        if (declared) valid(declared.value, declared.at, ctx);
      },
      Channel(node, ctx) {
        if (node['x-delivery'] !== undefined) valid(node['x-delivery'], child(ctx.at, 'x-delivery'), ctx);
      },
      Operation(node, ctx) {
        const op = ctx.event!.operation!;
        // `node` has its traits merged in, and the operation's own value wins over its traits', then
        // the channel's, then the document's. An invalid value is reported where it is written: on
        // the operation, else on the last trait that sets it (inline or a components trait).
        if (node['x-delivery'] !== undefined) return void valid(node['x-delivery'], writtenAt(ctx.doc, op), ctx);
        if (op.channel.node['x-delivery'] !== undefined || documentExtension(ctx.doc, 'x-delivery')) return;
        report(ctx, { messageId: 'missing', message: `operation ${op.id} does not declare its delivery semantics (x-delivery: ${VALUES.join(' | ')})` });
      },
    };
  },
});

import { bindings, channelServers, child, documentExtension, follow, operationView } from '../events.js';
import { defineLintRule } from '../rule.js';

/** Protocols without a broker that redelivers: a poisoned request fails there and then. */
const DIRECT = new Set(['http', 'https', 'ws', 'wss', 'mercure']);
/** Binding fields that name a dead-letter destination (SQS/SNS redrivePolicy, deadLetterQueue). */
const DEAD_LETTER = /^(deadLetterQueue|deadLetterPolicy|redrivePolicy|x-dead-letter-exchange|x-dlq)$/;

/** A binding somewhere below declares a dead-letter destination. */
function hasDeadLetter(value: unknown, depth = 0): boolean {
  if (depth > 6 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, v]) => DEAD_LETTER.test(key) || hasDeadLetter(v, depth + 1));
}

export default defineLintRule({
  id: 'event-dead-letter',
  category: 'events',
  severity: 'warn',
  presets: ['strict'],
  formats: ['async'],
  description:
    'Receive operations on a broker declare where poison messages go: `x-dlq` (on the operation, a trait, its channel or the document) or a dead-letter binding (SQS/SNS `redrivePolicy`, `deadLetterQueue`). Operations over HTTP or WebSocket only, or with no server or broker binding declared, are not judged.',
  rationale:
    'A broker redelivers a message its consumer fails on. Without a dead-letter destination a single malformed message is retried forever, blocking its partition or queue (head-of-line), or is dropped by a retry limit nobody documented. Consumers and operators need to know where failed messages wait and how to replay them.',
  fix: 'Declare `x-dlq: { address: orders.placed.v1.dlq, maxRetries: 5 }` (or the broker’s dead-letter binding) on the receive operation or its channel; `x-dlq: false` records a deliberate decision to drop failures.',
  references: [
    'Hohpe & Woolf, Enterprise Integration Patterns: "Dead Letter Channel" and "Invalid Message Channel"',
    'Confluent documentation, Kafka Connect "Dead Letter Queue" (errors.deadletterqueue.topic.name)',
    'Amazon SQS Developer Guide, "Using dead-letter queues in Amazon SQS" (RedrivePolicy)',
    'AsyncAPI SQS bindings 0.2.0: Queue Object redrivePolicy',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "kafka.example.com:9093", protocol: kafka-secure }\nchannels:\n  orders: { address: orders.v1 }\noperations:\n  consumeOrders: { action: receive, channel: { $ref: "#/channels/orders" } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "kafka.example.com:9093", protocol: kafka-secure }\nchannels:\n  orders: { address: orders.v1 }\noperations:\n  consumeOrders:\n    action: receive\n    channel: { $ref: "#/channels/orders" }\n    x-dlq: { address: orders.v1.dlq, maxRetries: 5 }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      const op = ctx.event!.operation!;
      if (op.action !== 'receive') return;
      const view = operationView(ctx.doc, op);
      const channelBindings = bindings(ctx.doc, op.channel.node, op.channel.at)?.node ?? {};
      const opBindings = follow(ctx.doc, view.bindings, child(op.at, 'bindings'))?.node ?? {};
      const protocols = [
        ...channelServers(ctx.doc, op.channel).map((s) => String(s.protocol).toLowerCase()),
        ...Object.keys(channelBindings),
        ...Object.keys(opBindings),
      ].filter((p) => !p.startsWith('x-'));
      if (!protocols.some((p) => !DIRECT.has(p))) return;
      if (view['x-dlq'] !== undefined || op.channel.node['x-dlq'] !== undefined || documentExtension(ctx.doc, 'x-dlq')) return;
      if (hasDeadLetter(channelBindings) || hasDeadLetter(opBindings)) return;
      report(ctx, {
        message: `receive operation ${op.id} on channel ${op.channel.key} declares no dead-letter destination for messages it cannot process (x-dlq or a redrive binding)`,
      });
    },
  }),
});

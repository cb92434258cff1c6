import { addTo } from '../../core/collections.js';
import { isObject } from '../helpers.js';
import { isKafkaChannel, messageBindings, messageName, placeKey } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'event-ordering-key',
  category: 'events',
  severity: 'warn',
  presets: ['strict'],
  formats: ['async'],
  description:
    'Messages on channels where order matters declare their ordering (partition) key: `bindings.kafka.key` or `x-ordering-key`. Order matters on Kafka channels (a Kafka server or Kafka bindings) unless marked `x-ordered: false`, and on any channel marked `x-ordered: true`.',
  rationale:
    'Kafka keeps order only within a partition, and the key chooses the partition. Without a declared key, producers send keyless records that are spread over partitions, so “order updated” can be consumed before “order created”; consumers cannot tell which entity’s events stay in sequence.',
  fix: 'Declare the key on the message (`bindings: { kafka: { key: { type: string, description: "the order id" } } }`) or name the field it comes from with `x-ordering-key: $message.payload#/orderId`; mark channels whose order truly does not matter with `x-ordered: false`.',
  references: [
    'Apache Kafka documentation, "Design: The Producer — Load balancing" (keyed partitioning) and "Introduction: Topics" (order within a partition)',
    'AsyncAPI Kafka bindings 0.5.0, Message Binding Object: key',
    'CloudEvents Kafka Protocol Binding 1.0.2 §3.1 "Key Mapping" (partitionkey)',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "kafka.example.com:9093", protocol: kafka-secure }\nchannels:\n  orders:\n    address: orders.v1\n    messages:\n      placed: { name: OrderPlaced, payload: { type: object, properties: { orderId: { type: string } } } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "kafka.example.com:9093", protocol: kafka-secure }\nchannels:\n  orders:\n    address: orders.v1\n    messages:\n      placed:\n        name: OrderPlaced\n        bindings: { kafka: { key: { type: string, description: The order id. } } }\n        payload: { type: object, properties: { orderId: { type: string } } }\n',
  },
  create: ({ report }) => {
    /** Message place → the ordered channels (without a channel-wide key) it travels on. */
    const ordered = new Map<string, string[]>();
    return {
      Channel(node, ctx) {
        const channel = ctx.event!.channel!;
        const matters = node['x-ordered'] === true || (node['x-ordered'] !== false && isKafkaChannel(ctx.doc, channel));
        if (!matters || node['x-ordering-key'] !== undefined) return;
        for (const m of channel.messages) addTo(ordered, placeKey(m.at), channel.key);
      },
      Message(node, ctx) {
        const message = ctx.event!.message!;
        const channels = ordered.get(placeKey(message.at));
        if (!channels || node['x-ordering-key'] !== undefined) return;
        const kafka = messageBindings(ctx.doc, message)?.node.kafka;
        if (isObject(kafka) && kafka.key !== undefined && kafka.key !== null) return;
        const names = [...new Set(channels)];
        report(ctx, {
          message: `message ${messageName(message)} travels on ordered channel${names.length > 1 ? 's' : ''} ${names.join(', ')} but declares no key (bindings.kafka.key or x-ordering-key)`,
        });
      },
    };
  },
});

import { addTo } from '../../core/collections.js';
import { isObject } from '../helpers.js';
import { addressParameters, channelServers, cloudEventsAttribute, messageBindings, messageFields, messageName, placeKey, writtenAddress } from '../events.js';
import { defineLintRule } from '../rule.js';

/** `v1`, `V2`, `v1_1` as a segment of an address or path, or a dotted `1.0` (`smartylighting.streetlights.1.0.event`). */
const VERSIONED_ADDRESS = /(^|[^a-z0-9])v\d+(?:[._]\d+)*(?![a-z0-9])|(^|[./:_-])\d+\.\d+(?:\.\d+)?(?=$|[./:_-])/i;
/** A message name ending in its version: `OrderPlacedV1`, `order.placed.v2`, `OrderPlaced_3`. */
const VERSIONED_NAME = /(?:[._-]v?|[a-z]V|^v)\d+$/;
const VERSION_FIELDS = new Set(['version', 'schemaversion', 'dataschema', 'dataschemaversion', 'eventversion', 'messageversion']);
const field = (name: string) => cloudEventsAttribute(name).replace(/[^a-z0-9]/g, '');

export default defineLintRule({
  id: 'event-schema-version',
  category: 'events',
  severity: 'warn',
  presets: ['strict'],
  formats: ['async'],
  description:
    'Every message says which version of its schema it carries: `x-schema-version`, a version header or payload field, a versioned content type or name, a schema-registry id, or a versioned channel.',
  rationale:
    'Events outlive their producers’ deployments: a consumer reads messages written by last month’s code from a log or a retry queue. Unless the version travels with the message or its channel, a consumer cannot tell an old shape from a broken one, and a breaking change cannot be rolled out beside the old one.',
  fix: 'Version the channel (`orders.placed.v1`, `/v1/…`, a `{version}` parameter), or add `x-schema-version`, a `schemaVersion` header or a `dataschema` attribute to the message; with a schema registry declare `bindings.kafka.schemaIdLocation`.',
  references: [
    'CloudEvents 1.0.2 "Context Attributes": dataschema',
    'Confluent Schema Registry documentation, "Schema Evolution and Compatibility"',
    'AsyncAPI 3.0.0 "Channel Object": address; Kafka message binding: schemaIdLocation',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders.placed\n    messages:\n      placed: { name: OrderPlaced, payload: { type: object, properties: { orderId: { type: string } } } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: orders.placed.v1\n    messages:\n      placed: { name: OrderPlaced, payload: { type: object, properties: { orderId: { type: string } } } }\n',
  },
  create: ({ report }) => {
    /** Message place → whether each channel carrying it is versioned, by channel key. */
    const carriers = new Map<string, Array<{ channel: string; versioned: boolean }>>();
    return {
      Channel(node, ctx) {
        const channel = ctx.event!.channel!;
        const address = writtenAddress(ctx.doc, channel) ?? '';
        const servers = channelServers(ctx.doc, channel);
        const versioned =
          VERSIONED_ADDRESS.test(address) ||
          addressParameters(address).some((p) => /version/i.test(p)) ||
          node['x-schema-version'] !== undefined ||
          (servers.length > 0 &&
            servers.every((s) => VERSIONED_ADDRESS.test(String(s.pathname ?? s.url ?? '').replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/]*/i, ''))));
        for (const m of channel.messages) addTo(carriers, placeKey(m.at), { channel: channel.key, versioned });
      },
      Message(node, ctx) {
        const message = ctx.event!.message!;
        const on = carriers.get(placeKey(message.at)) ?? [];
        if (on.length > 0 && on.every((c) => c.versioned)) return;
        if (node['x-schema-version'] !== undefined || [node.name, node.messageId, message.key].some((n) => typeof n === 'string' && VERSIONED_NAME.test(n)))
          return;
        if (typeof node.contentType === 'string' && /[.;+-]v\d+|version=/i.test(node.contentType)) return;
        const kafka = messageBindings(ctx.doc, message)?.node.kafka;
        if (isObject(kafka) && kafka.schemaIdLocation !== undefined) return;
        if (messageFields(ctx.doc, message).names.some((n) => VERSION_FIELDS.has(field(n)))) return;
        const unversioned = on.filter((c) => !c.versioned).map((c) => c.channel);
        report(ctx, {
          message: `message ${messageName(message)} carries no schema version (no x-schema-version, version field, versioned name or content type)${unversioned.length ? ` and its channel${unversioned.length > 1 ? 's' : ''} ${unversioned.join(', ')} ${unversioned.length > 1 ? 'are' : 'is'} unversioned` : ''}`,
        });
      },
    };
  },
});

/** Questions the AsyncAPI rules share: refs, schemas, servers and the extensions they read. */
import { addTo } from '../core/collections.js';
import type { EventChannel, EventMessage, EventOperation } from '../contracts/asyncapi.js';
import { isRef, type ContractDocument } from '../contracts/load.js';
import type { At } from '../contracts/walk.js';
import { escapeSegment, getAtPointer } from '../core/pointer.js';
import { isObject, type Located } from './helpers.js';

export const child = (at: At, ...segments: Array<string | number>): At => ({
  file: at.file,
  pointer: at.pointer + segments.map((s) => `/${escapeSegment(s)}`).join(''),
});

/** `file#pointer`: one message or channel however it was reached. */
export const placeKey = (at: At) => `${at.file.path}#${at.pointer}`;

/**
 * Follows local refs to an object. Remote refs are left alone: whether they resolve is the
 * loader's `ref-unresolved` finding, which a rule must not add for a ref the walk never reads.
 */
export function follow(doc: ContractDocument, value: unknown, at: At): Located | undefined {
  if (isRef(value) && /^[a-z][a-z0-9+.-]*:/i.test(value.$ref)) return undefined;
  const r = doc.deref(value, at.file, at.pointer);
  return isObject(r.node) && !isRef(r.node) ? { node: r.node, at: { file: r.file, pointer: r.pointer } } : undefined;
}

/** A schema format archway reads as JSON Schema (AsyncAPI schema, JSON Schema in JSON or YAML, OpenAPI schema). */
const isJsonSchema = (format: string) => format === 'json' || /asyncapi|schema\+(json|yaml)|openapi/i.test(format);

/**
 * A message's payload or headers as a JSON Schema, unwrapping a 3.0 Multi Format Schema Object
 * (`{ schemaFormat, schema }`); undefined when it is Avro, Protobuf or cannot be read.
 */
export function messageSchema(doc: ContractDocument, message: EventMessage<At>, part: 'payload' | 'headers'): Located | undefined {
  const value = part === 'payload' ? message.payload : message.headers;
  const at = part === 'payload' ? message.payloadAt : message.headersAt;
  const found = follow(doc, value, at);
  if (!found) return undefined;
  if (typeof found.node.schemaFormat === 'string' && 'schema' in found.node) {
    return isJsonSchema(found.node.schemaFormat) ? follow(doc, found.node.schema, child(found.at, 'schema')) : undefined;
  }
  return part === 'headers' || isJsonSchema(message.format) ? found : undefined;
}

/** Every declaration of each top-level property of an object schema, through allOf/anyOf/oneOf members and local refs. */
export function propertyDeclarations(doc: ContractDocument, schema: Located): Map<string, Located[]> {
  const properties = new Map<string, Located[]>();
  const seen = new Set<unknown>();
  const visit = (s: Located) => {
    if (seen.has(s.node)) return;
    seen.add(s.node);
    if (isObject(s.node.properties)) {
      for (const [name, raw] of Object.entries(s.node.properties)) {
        const at = child(s.at, 'properties', name);
        addTo(properties, name, follow(doc, raw, at) ?? { node: {}, at });
      }
    }
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
      if (!Array.isArray(s.node[key])) continue;
      s.node[key].forEach((member: unknown, i: number) => {
        const found = follow(doc, member, child(s.at, key, i));
        if (found) visit(found);
      });
    }
  };
  visit(schema);
  return properties;
}

/** The top-level properties of an object schema, each where it is first declared. */
export function schemaProperties(doc: ContractDocument, schema: Located): Map<string, Located> {
  return new Map([...propertyDeclarations(doc, schema)].map(([name, found]) => [name, found[0]]));
}

/** Property names of a message's headers and JSON payload; `readable` is false when the payload is not JSON Schema. */
export function messageFields(doc: ContractDocument, message: EventMessage<At>): { names: string[]; readable: boolean } {
  const headers = messageSchema(doc, message, 'headers');
  const payload = messageSchema(doc, message, 'payload');
  const names = [...(headers ? schemaProperties(doc, headers).keys() : []), ...(payload ? schemaProperties(doc, payload).keys() : [])];
  return { names, readable: payload !== undefined || message.payload === undefined };
}

/** An operation with its traits applied (its own fields win), as AsyncAPI defines trait merging. */
export function operationView(doc: ContractDocument, op: EventOperation<At>): Record<string, any> {
  const merged: Record<string, any> = {};
  (Array.isArray(op.node.traits) ? op.node.traits : []).forEach((trait: unknown, i: number) =>
    Object.assign(merged, follow(doc, trait, child(op.at, 'traits', i))?.node),
  );
  Object.assign(merged, op.node);
  delete merged.traits;
  return merged;
}

/** A channel's bindings (`at`: where the channel is written), its ref followed. */
export function bindings(doc: ContractDocument, node: Record<string, any>, at: At): Located | undefined {
  return follow(doc, node.bindings, child(at, 'bindings'));
}

/** A message's bindings, which may come from a trait. */
export function messageBindings(doc: ContractDocument, message: EventMessage<At>): Located | undefined {
  return follow(doc, message.node.bindings, messageFieldAt(message, 'bindings'));
}

/** The document's servers a channel is available on: its `servers` list (3.0 refs, 2.x names), else all. */
export function channelServers(doc: ContractDocument, channel: EventChannel<At>): Array<Record<string, any>> {
  const root = doc.root as Record<string, any>;
  const all = isObject(root.servers) ? root.servers : {};
  const rootAt: At = { file: doc.rootFile, pointer: '' };
  if (!Array.isArray(channel.node.servers) || channel.node.servers.length === 0) {
    return Object.keys(all).flatMap((name) => follow(doc, all[name], child(rootAt, 'servers', name))?.node ?? []);
  }
  return channel.node.servers.flatMap(
    (s: unknown, i: number) =>
      (typeof s === 'string' ? follow(doc, all[s], child(rootAt, 'servers', s)) : follow(doc, s, child(channel.at, 'servers', i)))?.node ?? [],
  );
}

/** Kafka carries the channel: one of its servers speaks Kafka, or it has Kafka bindings. */
export function isKafkaChannel(doc: ContractDocument, channel: EventChannel<At>): boolean {
  return channelServers(doc, channel).some((s) => /^kafka/i.test(String(s.protocol))) || isObject(bindings(doc, channel.node, channel.at)?.node.kafka);
}

/** A server's host (3.0) or URL (2.x) names the local machine. */
export function isLocalServer(server: Record<string, any>): boolean {
  const host = String(server.host ?? server.url ?? '').replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return /^(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(:|\/|$)/i.test(host);
}

/** An extension on the document root or its `info`: a default for every channel and operation. */
export function documentExtension(doc: ContractDocument, name: string): { value: unknown; at: At } | undefined {
  const root = doc.root as Record<string, any>;
  const top: At = { file: doc.rootFile, pointer: '' };
  if (root[name] !== undefined) return { value: root[name], at: child(top, name) };
  if (isObject(root.info) && root.info[name] !== undefined) return { value: root.info[name], at: child(top, 'info', name) };
  return undefined;
}

/** Where a message's field is written: on the message itself, else on the last trait that sets it. */
export function messageFieldAt(message: EventMessage<At>, field: string): At {
  const own = getAtPointer(message.at.file.root, message.at.pointer);
  if (isObject(own) && own[field] !== undefined) return child(message.at, field);
  const trait = [...message.traits].reverse().find((t) => t.node[field] !== undefined);
  return trait ? child(trait.at, field) : message.at;
}

/** A message as people name it: its `name`, else its `messageId`, else the key it is filed under. */
export const messageName = (message: EventMessage<At>) =>
  typeof message.node.name === 'string' ? message.node.name : typeof message.node.messageId === 'string' ? message.node.messageId : message.key;

/** Where a 3.0 channel's address is written, or a 2.x channel's key. */
export function addressAt(doc: ContractDocument, channel: EventChannel<At>): { at: At; target?: 'key' } {
  return doc.version.startsWith('2.') ? { at: channel.at, target: 'key' } : { at: child(channel.at, 'address') };
}

/** The channel's address as written, or undefined for a 3.0 channel whose address is unknown until run time. */
export function writtenAddress(doc: ContractDocument, channel: EventChannel<At>): string | undefined {
  if (doc.version.startsWith('2.')) return channel.key;
  return typeof channel.node.address === 'string' ? channel.node.address : undefined;
}

/** `{name}` placeholders of an address. */
export const addressParameters = (address: string) => [...address.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

/** A field name without its CloudEvents binding prefix: `ce_id` (Kafka), `ce-id` (HTTP), `cloudEvents:id` / `cloudEvents_id` (AMQP) → `id`. */
export const cloudEventsAttribute = (name: string) => name.toLowerCase().replace(/^(ce[_-]|cloudevents[:_])/, '');

/** Splits an identifier into lower-case words: `customerEmail`, `customer_email`, `Customer-Email` → customer, email. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

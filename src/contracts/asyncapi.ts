import type { ContractDocument, ContractFile } from './load.js';
import { escapeSegment, fragmentToPointer, unescapeSegment } from '../core/pointer.js';

/**
 * One view of an AsyncAPI 2.x or 3.0 document for every engine: channels, the operations of the
 * application (`send` or `receive`), and their messages with traits applied. The lint walker
 * reads it with file locations, the diff with logical pointers; `Resolver` is the only
 * difference between them.
 *
 * AsyncAPI 2.x names operations from the client's side: a channel's `publish` operation is what
 * clients publish, so the application RECEIVES it; `subscribe` is what clients subscribe to, so
 * the application SENDS it. 3.0 says it from the application's side (`action: send|receive`).
 * Both are normalised to the application's action here.
 */

type Obj = Record<string, any>;

export type EventAction = 'send' | 'receive';

/** Follows `$ref`s and names child places; `A` is a location (file + pointer, or a logical pointer). */
export interface Resolver<A> {
  deref(node: unknown, at: A): { node: unknown; at: A };
  child(at: A, ...segments: Array<string | number>): A;
}

export interface EventMessage<A> {
  /** How the message is matched across versions: its `messageId` or `name` (when not empty), else its map key, else its position. */
  key: string;
  /** The message with its traits applied (the message's own fields win). */
  node: Obj;
  at: A;
  /** Where each trait is written. */
  traits: Array<{ node: Obj; at: A }>;
  payload: unknown;
  payloadAt: A;
  headers: unknown;
  headersAt: A;
  /** `schemaFormat` normalised: 'json' (JSON Schema or AsyncAPI schema), 'avro', or the raw media type. */
  format: string;
}

export interface EventChannel<A> {
  /** The channels map key (2.x: the address itself; 3.0: the channel id). */
  key: string;
  /** Where messages flow: 3.0 `address` (null means dynamic), 2.x the key. */
  address: string;
  node: Obj;
  at: A;
  /** 3.0: the channel's own messages; 2.x: those of its publish/subscribe operations. */
  messages: Array<EventMessage<A>>;
}

export interface EventOperation<A> {
  /** `operationId` (2.x), the operations map key (3.0), else `<action> <channel address>`. */
  id: string;
  action: EventAction;
  /** As written: 2.x publish/subscribe, 3.0 send/receive. */
  verb: string;
  channel: EventChannel<A>;
  node: Obj;
  at: A;
  messages: Array<EventMessage<A>>;
}

export interface EventModel<A> {
  version: 2 | 3;
  servers: Array<{ name: string; node: Obj; at: A }>;
  channels: Array<EventChannel<A>>;
  operations: Array<EventOperation<A>>;
  /** Every message once: those of channels and operations, then component messages nothing uses. */
  messages: Array<EventMessage<A>>;
}

const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** AsyncAPI 2.x publish/subscribe → the application's action. */
export const ACTION_OF_VERB: Record<string, EventAction> = { publish: 'receive', subscribe: 'send', send: 'send', receive: 'receive' };

function schemaFormat(message: Obj, defaultFormat: unknown): string {
  const raw = message.schemaFormat ?? (isObject(message.payload) ? message.payload.schemaFormat : undefined) ?? defaultFormat;
  if (typeof raw !== 'string') return 'json';
  if (/avro/i.test(raw)) return 'avro';
  if (/asyncapi|schema\+(json|yaml)|openapi/i.test(raw)) return 'json';
  return raw;
}

export function eventModel<A>(root: unknown, top: A, resolver: Resolver<A>): EventModel<A> {
  const document = isObject(root) ? root : {};
  const version = String(document.asyncapi ?? '').startsWith('2.') ? 2 : 3;
  const { deref, child } = resolver;
  const objectAt = (raw: unknown, at: A): { node: Obj; at: A } | undefined => {
    const found = deref(raw, at);
    return isObject(found.node) ? { node: found.node, at: found.at } : undefined;
  };

  /** An operation with its traits applied: a trait fills in what the operation leaves out. */
  const withTraits = (node: Obj, at: A): Obj => {
    if (!Array.isArray(node.traits)) return node;
    const merged: Obj = {};
    node.traits.forEach((t: unknown, i: number) => Object.assign(merged, objectAt(t, child(at, 'traits', i))?.node));
    Object.assign(merged, node);
    delete merged.traits;
    return merged;
  };

  const messageCache = new Map<Obj, EventMessage<A>>();
  const message = (raw: unknown, at: A, fallbackKey: string): Array<EventMessage<A>> => {
    const found = objectAt(raw, at);
    if (!found) return [];
    // 2.x `message: { oneOf: [...] }` offers several messages on one operation.
    if (Array.isArray(found.node.oneOf) && found.node.payload === undefined) {
      return found.node.oneOf.flatMap((m: unknown, i: number) => message(m, child(found.at, 'oneOf', i), `${fallbackKey}#${i}`));
    }
    const cached = messageCache.get(found.node);
    if (cached) return [cached];
    const traits = (Array.isArray(found.node.traits) ? found.node.traits : []).flatMap(
      (t: unknown, i: number) => objectAt(t, child(found.at, 'traits', i)) ?? [],
    );
    const merged: Obj = {};
    for (const trait of traits) Object.assign(merged, trait.node);
    Object.assign(merged, found.node);
    delete merged.traits;
    const own = (key: string) => (found.node[key] !== undefined ? found.at : ([...traits].reverse().find((t) => t.node[key] !== undefined)?.at ?? found.at));
    const component = isObject(raw) && typeof raw.$ref === 'string' ? /\/components\/messages\/([^/]+)$/.exec(raw.$ref)?.[1] : undefined;
    const key =
      [found.node.messageId, found.node.name, component && unescapeSegment(fragmentToPointer(component)), fallbackKey].find(
        (k): k is string => typeof k === 'string' && k !== '',
      ) ?? fallbackKey;
    // 3.0 wraps a schema of another format as `{ schemaFormat, schema }`.
    const wrapped = isObject(merged.payload) && typeof merged.payload.schemaFormat === 'string' && 'schema' in merged.payload;
    const made: EventMessage<A> = {
      key,
      node: merged,
      at: found.at,
      traits,
      payload: wrapped ? merged.payload.schema : merged.payload,
      payloadAt: wrapped ? child(own('payload'), 'payload', 'schema') : child(own('payload'), 'payload'),
      headers: merged.headers,
      headersAt: child(own('headers'), 'headers'),
      format: schemaFormat(merged, document.defaultSchemaFormat),
    };
    messageCache.set(found.node, made);
    return [made];
  };

  const servers = Object.keys(isObject(document.servers) ? document.servers : {}).flatMap((name) => {
    const found = objectAt(document.servers[name], child(top, 'servers', name));
    return found ? [{ name, ...found }] : [];
  });

  const channels: Array<EventChannel<A>> = [];
  const channelByNode = new Map<Obj, EventChannel<A>>();
  const operations: Array<EventOperation<A>> = [];
  for (const key of Object.keys(isObject(document.channels) ? document.channels : {})) {
    const found = objectAt(document.channels[key], child(top, 'channels', key));
    if (!found) continue;
    const address = version === 2 ? key : typeof found.node.address === 'string' ? found.node.address : key;
    const channel: EventChannel<A> = { key, address, node: found.node, at: found.at, messages: [] };
    channels.push(channel);
    channelByNode.set(found.node, channel);
    if (version === 3) {
      const map = isObject(found.node.messages) ? found.node.messages : {};
      for (const name of Object.keys(map)) channel.messages.push(...message(map[name], child(found.at, 'messages', name), name));
      continue;
    }
    for (const verb of ['publish', 'subscribe']) {
      const op = objectAt(found.node[verb], child(found.at, verb));
      if (!op) continue;
      const messages = message(op.node.message, child(op.at, 'message'), `${verb} ${key}`);
      channel.messages.push(...messages);
      const action = ACTION_OF_VERB[verb];
      const node = withTraits(op.node, op.at);
      operations.push({
        id: typeof node.operationId === 'string' ? node.operationId : `${action} ${address}`,
        action,
        verb,
        channel,
        node,
        at: op.at,
        messages,
      });
    }
  }

  if (version === 3) {
    for (const id of Object.keys(isObject(document.operations) ? document.operations : {})) {
      const op = objectAt(document.operations[id], child(top, 'operations', id));
      if (!op || (op.node.action !== 'send' && op.node.action !== 'receive')) continue;
      const channelNode = objectAt(op.node.channel, child(op.at, 'channel'));
      const channel = channelNode && channelByNode.get(channelNode.node);
      if (!channel) continue;
      const listed = Array.isArray(op.node.messages) ? op.node.messages : undefined;
      const messages = listed ? listed.flatMap((m: unknown, i: number) => message(m, child(op.at, 'messages', i), String(i))) : channel.messages;
      operations.push({ id, action: op.node.action, verb: op.node.action, channel, node: withTraits(op.node, op.at), at: op.at, messages });
    }
  }
  const components = isObject(document.components?.messages) ? document.components.messages : {};
  for (const name of Object.keys(components)) message(components[name], child(top, 'components', 'messages', name), name);
  return { version, servers, channels, operations, messages: [...messageCache.values()] };
}

/** The event model of a loaded document, located in the files where each node is written. */
export function documentEventModel(doc: ContractDocument): EventModel<{ file: ContractFile; pointer: string }> {
  type At = { file: ContractFile; pointer: string };
  const resolver: Resolver<At> = {
    deref(node, at) {
      const found = doc.deref(node, at.file, at.pointer);
      return { node: found.node, at: { file: found.file, pointer: found.pointer } };
    },
    child: (at, ...segments) => ({ file: at.file, pointer: at.pointer + segments.map((s) => `/${escapeSegment(s)}`).join('') }),
  };
  return eventModel(doc.root, { file: doc.rootFile, pointer: '' }, resolver);
}

import { eventModel, type EventChannel, type EventMessage, type EventModel, type EventOperation, type Resolver } from '../../contracts/asyncapi.js';
import { joinPointer } from '../../core/pointer.js';
import type { AvroMode, ChangeEvent, Direction } from '../events.js';
import { compareAvro } from '../schema/avro.js';
import { compareBindings } from './bindings.js';
import type { DiffSide } from '../side.js';
import { compareSchemes, stabilityOf } from './document.js';
import { compareRequirements, serverRequirements, type Requirements } from './security.js';
import { Emitter, type Scope } from './emitter.js';
import { sunsetOf, type Obj } from './openapi.js';

/**
 * Compares two AsyncAPI documents (2.x or 3.0, in any mix) with the same emitter, schema
 * comparer and checks as OpenAPI. The application's action sets the direction: a message it
 * SENDS flows out to consumers like a response (they must tolerate whatever it may now hold);
 * one it RECEIVES flows in like a request (producers must still be accepted).
 */
export function compareEventDocuments(base: DiffSide, revision: DiffSide): ChangeEvent[] {
  const out = new Emitter(base, revision);
  const b = model(base);
  const r = model(revision);
  compareEventServers(out, b, r);
  compareSchemes(out, base, revision);

  const channelScope = (address: string, node: Obj | undefined): Scope => ({
    direction: null,
    area: 'channel',
    operation: address,
    deprecated: node?.deprecated === true,
    sunset: node && sunsetOf(node),
    stability: stabilityOf(node),
  });
  const channels = pairChannels(b, r);
  for (const [cb, cr] of channels.pairs) {
    if (cb && !cr) out.emit('ChannelRemoved', channelScope(cb.address, cb.node), cb.at, '/channels', { address: cb.address });
    else if (cr && !cb) out.emit('ChannelAdded', channelScope(cr.address, cr.node), '/channels', cr.at, { address: cr.address });
    else if (cb && cr) {
      if (cb.address !== cr.address) {
        out.emit('ChannelAddressChanged', channelScope(cr.address, cb.node), joinPointer(cb.at, 'address'), joinPointer(cr.at, 'address'), {
          channel: cr.key,
          from: cb.address,
          to: cr.address,
        });
      }
      // A Kafka topic left unsaid is the channel address: an address change is reported above, once.
      const side = (c: EventChannel<string>) => ({ node: c.node, at: c.at, defaults: { 'kafka.topic': c.address } });
      compareBindings(out, 'channel', cr.key, channelScope(cr.address, cb.node), side(cb), side(cr));
    }
  }
  const channelsB = new Map(b.channels.map((c) => [c.address, c]));
  const channelsR = new Map(r.channels.map((c) => [c.address, c]));

  const opsB = operationIndex(b, channels.id);
  const opsR = operationIndex(r, channels.id);
  for (const key of [...new Set([...opsB.keys(), ...opsR.keys()])].sort()) {
    const ob = opsB.get(key);
    const or = opsR.get(key);
    const op = (or ?? ob)!;
    const scope: Scope = {
      direction: flow(op.action),
      area: 'event-operation',
      operation: label(op),
      deprecated: ob?.node.deprecated === true || ob?.channel.node.deprecated === true,
      sunset: ob && (sunsetOf(ob.node) ?? sunsetOf(ob.channel.node)),
      stability: stabilityOf(ob?.node) ?? stabilityOf(or?.node),
    };
    const parent = (side: EventModel<string>) => (side.version === 2 ? '/channels' : '/operations');
    if (!or) out.emit('EventOperationRemoved', scope, ob!.at, channelsR.get(ob!.channel.address)?.at ?? parent(r), { action: ob!.action });
    else if (!ob) out.emit('EventOperationAdded', scope, channelsB.get(or.channel.address)?.at ?? parent(b), or.at, { action: or.action });
    else {
      compareBindings(out, 'operation', or.id, scope, ob, or);
      compareOperationSecurity(out, scope, { op: ob, model: b }, { op: or, model: r });
      compareOperationMessages(out, scope, ob, or);
    }
  }
  return out.finish();
}

function model(side: DiffSide): EventModel<string> {
  // Logical pointers: a `$ref` is followed without moving the pointer, as if it were inlined.
  const resolver: Resolver<string> = {
    deref: (node, at) => ({ node: side.deref(node), at }),
    child: (at, ...segments) => joinPointer(at, ...segments.map(String)),
  };
  return eventModel(side.root, '', resolver);
}

const flow = (action: 'send' | 'receive'): Direction => (action === 'send' ? 'response' : 'request');

/** "SEND user/signedup": what the application does, on which address. */
function label(op: EventOperation<string>): string {
  return `${op.action.toUpperCase()} ${op.channel.address}`;
}

/**
 * Channels paired across versions: by id (the 3.0 map key) when both documents are the same
 * major version, so an address that changes is one change, not a removal and an addition; then
 * by address (2.x keys are addresses, and 2.x ↔ 3.0 twins share only those). `id` names each
 * pair the same on both sides, for matching operations.
 */
function pairChannels(b: EventModel<string>, r: EventModel<string>) {
  type Channel = EventChannel<string>;
  const pairs: Array<[Channel | undefined, Channel | undefined]> = [];
  const left = new Set(r.channels);
  const unmatched: Channel[] = [];
  for (const cb of b.channels) {
    const cr = b.version === r.version ? [...left].find((c) => c.key === cb.key) : undefined;
    if (cr) {
      left.delete(cr);
      pairs.push([cb, cr]);
    } else unmatched.push(cb);
  }
  for (const cb of unmatched) {
    const cr = [...left].find((c) => c.address === cb.address);
    if (cr) left.delete(cr);
    pairs.push([cb, cr]);
  }
  for (const cr of left) pairs.push([undefined, cr]);
  const ids = new Map<Channel, string>();
  for (const [cb, cr] of pairs) for (const c of [cb, cr]) if (c) ids.set(c, (cr ?? cb)!.address);
  return { pairs, id: (c: Channel) => ids.get(c) ?? c.address };
}

/** Operations by action and channel (paired across versions); two on the same pair are told apart by id. */
function operationIndex(side: EventModel<string>, channelId: (c: EventChannel<string>) => string): Map<string, EventOperation<string>> {
  const index = new Map<string, EventOperation<string>>();
  for (const op of side.operations) {
    const key = `${op.action} ${channelId(op.channel)}`;
    index.set(index.has(key) ? `${key} ${op.id}` : key, op);
  }
  return index;
}

type OperationIn = { op: EventOperation<string>; model: EventModel<string> };

/**
 * An operation's own `security` (3.0 schemes by `$ref`, 2.x requirement maps) overrides its
 * servers'. Compared when either version declares one; a version that does not is held to what
 * its servers accept (changes to those are reported once, per server).
 */
function compareOperationSecurity(out: Emitter, opScope: Scope, b: OperationIn, r: OperationIn): void {
  if (!Array.isArray(b.op.node.security) && !Array.isArray(r.op.node.security)) return;
  const scope: Scope = { ...opScope, direction: 'request', area: 'security' };
  compareRequirements(out, scope, operationRequirements(out.schemas.base, b), operationRequirements(out.schemas.rev, r));
}

function operationRequirements(side: DiffSide, { op, model }: OperationIn): Requirements {
  if (Array.isArray(op.node.security)) return serverRequirements(side, op.node, op.at);
  const servers = model.servers.map((s) => serverRequirements(side, s.node, s.at));
  const alternatives = new Map(servers.flatMap((s) => [...s.alternatives]));
  return { pointer: op.at, alternatives, public: servers.length === 0 || servers.some((s) => s.public) };
}

function compareOperationMessages(out: Emitter, opScope: Scope, ob: EventOperation<string>, or: EventOperation<string>): void {
  const messagesB = new Map(ob.messages.map((m) => [m.key, m]));
  const messagesR = new Map(or.messages.map((m) => [m.key, m]));
  for (const key of [...new Set([...messagesB.keys(), ...messagesR.keys()])].sort()) {
    const mb = messagesB.get(key);
    const mr = messagesR.get(key);
    const scope: Scope = {
      ...opScope,
      area: 'message',
      messageName: key,
      deprecated: opScope.deprecated || mb?.node.deprecated === true,
      sunset: (mb && sunsetOf(mb.node)) ?? opScope.sunset,
    };
    if (!mr) {
      out.emit('MessageRemoved', scope, mb!.at, or.at, {});
      continue;
    }
    if (!mb) {
      out.emit('MessageAdded', scope, ob.at, mr.at, {});
      continue;
    }
    compareBindings(out, 'message', key, scope, mb, mr);
    const typeB = contentType(out.schemas.base.root, mb);
    const typeR = contentType(out.schemas.rev.root, mr);
    if (typeB.value !== typeR.value) out.emit('ContentTypeChanged', scope, typeB.at, typeR.at, { from: typeB.value, to: typeR.value });
    if (mb.format !== mr.format) {
      out.emit('MessageFormatChanged', scope, joinPointer(mb.at, 'schemaFormat'), joinPointer(mr.at, 'schemaFormat'), { from: mb.format, to: mr.format });
      continue;
    }
    out.schema({ ...scope, area: 'message-header' }, mb.headersAt, mr.headersAt, mb.headers, mr.headers);
    if (mb.format === 'avro')
      compareAvro(out, { ...scope, area: 'message-payload' }, mb.payloadAt, mr.payloadAt, mb.payload, mr.payload, avroMode(mb, mr, ob.action));
    else if (mb.format === 'json') out.schema({ ...scope, area: 'message-payload' }, mb.payloadAt, mr.payloadAt, mb.payload, mr.payload);
  }
}

/** The content type a message is labelled with: its own (traits applied), else the document's default; compared without parameters or case. */
function contentType(root: unknown, m: EventMessage<string>): { value?: string; at: string } {
  const normal = (type: unknown) => (typeof type === 'string' ? type.split(';')[0].trim().toLowerCase() : undefined);
  const own = normal(m.node.contentType);
  if (own !== undefined) return { value: own, at: joinPointer(m.at, 'contentType') };
  const fallback = normal((root as Obj).defaultContentType);
  return fallback !== undefined ? { value: fallback, at: '/defaultContentType' } : { at: m.at };
}

/** The compatibility the message promises: declared (`x-compatibility`), else what its role needs. */
function avroMode(base: EventMessage<string>, revision: EventMessage<string>, action: 'send' | 'receive'): AvroMode {
  const declared = [revision.node['x-compatibility'], base.node['x-compatibility']].find((m) => typeof m === 'string');
  if (typeof declared === 'string') {
    const mode = declared.toUpperCase().replace(/_TRANSITIVE$/, '');
    if (mode === 'BACKWARD' || mode === 'FORWARD' || mode === 'FULL' || mode === 'NONE') return mode;
  }
  // Consumers of what the service sends still hold the old schema: they must read new data.
  return action === 'send' ? 'FORWARD' : 'BACKWARD';
}

function compareEventServers(out: Emitter, b: EventModel<string>, r: EventModel<string>): void {
  const sides = { base: out.schemas.base, rev: out.schemas.rev };
  const scope: Scope = { direction: null, area: 'server', operation: null, deprecated: false };
  // 2.x `url` may carry its own scheme; 3.0 splits protocol, host and pathname.
  const url = (node: Obj) => {
    const where = `${String(node.host ?? node.url ?? '')}${typeof node.pathname === 'string' ? node.pathname : ''}`;
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(where) ? where : `${String(node.protocol ?? '')}://${where}`;
  };
  const before = b.servers.map((s) => ({ name: s.name, node: s.node, url: url(s.node), at: s.at }));
  const after = r.servers.map((s) => ({ name: s.name, node: s.node, url: url(s.node), at: s.at }));
  // A server that keeps its name but moves is one change per field, not a removal and an addition.
  const renamed = new Set<string>();
  for (const s of before) {
    const same = after.find((a) => a.name === s.name);
    if (!same || same.url === s.url || after.some((a) => a.url === s.url)) continue;
    renamed.add(s.name);
    const fields = ['host', 'pathname', 'protocol', 'url'].filter((f) => s.node[f] !== same.node[f]);
    for (const field of fields) {
      const value = (node: Obj) => (typeof node[field] === 'string' ? (node[field] as string) : undefined);
      out.emit(
        'ServerChanged',
        scope,
        value(s.node) === undefined ? s.at : joinPointer(s.at, field),
        value(same.node) === undefined ? same.at : joinPointer(same.at, field),
        { server: s.name, field, from: value(s.node), to: value(same.node) },
      );
    }
  }
  // Security per server kept by name: clients that authenticated with a removed alternative are refused.
  for (const s of before) {
    const same = after.find((a) => a.name === s.name);
    if (!same) continue;
    compareBindings(out, 'server', s.name, { ...scope, operation: `server "${s.name}"` }, s, same);
    const serverScope: Scope = { direction: 'request', area: 'security', operation: `server "${s.name}"`, deprecated: false };
    compareRequirements(out, serverScope, serverRequirements(sides.base, s.node, s.at), serverRequirements(sides.rev, same.node, same.at));
  }
  for (const s of before)
    if (!renamed.has(s.name) && !after.some((a) => a.url === s.url)) out.emit('ServerRemoved', scope, s.at, after.length ? '/servers' : '', { url: s.url });
  for (const s of after)
    if (!renamed.has(s.name) && !before.some((x) => x.url === s.url)) out.emit('ServerAdded', scope, before.length ? '/servers' : '', s.at, { url: s.url });
}

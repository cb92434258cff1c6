import { joinPointer } from '../../core/pointer.js';
import type { Area } from '../events.js';
import { effective, isObject } from '../schema/effective.js';
import type { DiffSide } from '../side.js';
import type { Emitter, Scope } from './emitter.js';
import type { Obj } from './openapi.js';

/** What holds a `bindings` object: each protocol binds different settings at each level. */
export type BindingOwner = 'server' | 'channel' | 'operation' | 'message';

/** One side of a binding holder: the node (traits applied) and its logical pointer. */
export interface BindingSide {
  node: Obj;
  at: string;
  /** Values a binding leaves to its owner (Kafka `topic` is the channel address unless given). */
  defaults?: Record<string, unknown>;
}

/**
 * Settings compared as values, by owner and protocol (AsyncAPI bindings 2.x and 3.0 alike).
 * `*` under a path compares every key below it (Kafka `topicConfiguration`).
 */
const VALUES: Record<BindingOwner, Record<string, string[]>> = {
  server: { kafka: ['schemaRegistryUrl', 'schemaRegistryVendor'], mqtt: ['lastWill.topic'] },
  channel: {
    ws: ['method'],
    kafka: ['topic', 'partitions', 'replicas', 'topicConfiguration.*'],
    amqp: [
      'is',
      'exchange.name',
      'exchange.type',
      'exchange.durable',
      'exchange.autoDelete',
      'exchange.vhost',
      'queue.name',
      'queue.durable',
      'queue.exclusive',
      'queue.autoDelete',
      'queue.vhost',
    ],
    sqs: ['queue.name', 'queue.fifoQueue'],
    sns: ['name'],
    ibmmq: ['destinationType', 'queue.objectName', 'topic.string', 'topic.objectName'],
    jms: ['destination', 'destinationType'],
    anypointmq: ['destination', 'destinationType'],
    pulsar: ['namespace', 'persistence'],
  },
  operation: { http: ['method'], amqp: ['cc', 'bcc', 'deliveryMode'], mqtt: ['qos', 'retain'], nats: ['queue'] },
  message: { http: ['statusCode'], mqtt: ['responseTopic'] },
};

/**
 * Schemas a binding holds, compared with the schema comparer so every kind of change is found.
 * `query`/`header`: an object schema whose properties are the parameters of a request the
 * client makes (the WebSocket handshake, the HTTP call), each compared as a parameter;
 * `parameter`: one value the client supplies (its Kafka consumer group); `message-*`: part of
 * the message, flowing in the message's direction.
 */
type SchemaRole = 'query' | 'header' | 'parameter' | 'message-key' | 'message-header';
const SCHEMAS: Record<BindingOwner, Record<string, Array<[field: string, role: SchemaRole]>>> = {
  server: {},
  channel: {
    ws: [
      ['query', 'query'],
      ['headers', 'header'],
    ],
  },
  operation: {
    http: [['query', 'query']],
    kafka: [
      ['groupId', 'parameter'],
      ['clientId', 'parameter'],
    ],
  },
  message: {
    kafka: [['key', 'message-key']],
    http: [['headers', 'message-header']],
  },
};

/** What a protocol assumes when a binding leaves a setting out (the WebSocket handshake is a GET; MQTT's QoS 0, no retain). */
const DEFAULTS: Record<string, unknown> = { 'ws.method': 'GET', 'mqtt.qos': 0, 'mqtt.retain': false, 'amqp.cc': [], 'amqp.bcc': [] };

const CLIENT_CHOSEN = new Set(['ws.method', 'http.method']);

/** Compares the `bindings` of one owner in both versions, protocol by protocol. */
export function compareBindings(out: Emitter, owner: BindingOwner, name: string, scope: Scope, b: BindingSide, r: BindingSide): void {
  const sides = { base: out.schemas.base, rev: out.schemas.rev };
  const bindingsB = objectOf(sides.base, b.node.bindings);
  const bindingsR = objectOf(sides.rev, r.node.bindings);
  const protocols = [...new Set([...Object.keys(bindingsB), ...Object.keys(bindingsR)])].sort();
  for (const protocol of protocols) {
    const nodeB = objectOf(sides.base, bindingsB[protocol]);
    const nodeR = objectOf(sides.rev, bindingsR[protocol]);
    const atB = joinPointer(b.at, 'bindings', protocol);
    const atR = joinPointer(r.at, 'bindings', protocol);
    const label = `${owner} "${name}"`;
    const emit = (field: string, pathB: string[], pathR: string[], from: unknown, to: unknown) => {
      // The client chooses the method of its call or handshake: the server must accept the new one first.
      const placed = CLIENT_CHOSEN.has(`${protocol}.${field}`) ? { ...scope, direction: 'request' as const } : scope;
      out.emit('BindingChanged', placed, joinPointer(atB, ...pathB), joinPointer(atR, ...pathR), { binding: protocol, field, owner: label, from, to });
    };

    // A binding version is only a change when both name one: an absent one means the latest.
    const [vb, vr] = [nodeB.bindingVersion, nodeR.bindingVersion];
    if (vb !== undefined && vr !== undefined && vb !== vr) emit('bindingVersion', ['bindingVersion'], ['bindingVersion'], vb, vr);

    for (const field of VALUES[owner][protocol] ?? []) {
      for (const path of expand(field, nodeB, nodeR, sides)) {
        const key = `${protocol}.${path.join('.')}`;
        const explicit = [valueAt(sides.base, nodeB, path), valueAt(sides.rev, nodeR, path)];
        if (explicit[0] === undefined && explicit[1] === undefined) continue;
        const from = explicit[0] ?? b.defaults?.[key] ?? DEFAULTS[key];
        const to = explicit[1] ?? r.defaults?.[key] ?? DEFAULTS[key];
        // A setting stated where none was (and none is assumed) documents what was already true; one
        // no longer stated goes with its parent (an AMQP exchange dropped when `is` becomes queue).
        if (from === undefined || to === undefined) continue;
        if (canonical(from) !== canonical(to)) emit(path.join('.'), path, path, from, to);
      }
    }

    for (const [field, role] of SCHEMAS[owner][protocol] ?? []) {
      const [sb, sr] = [nodeB[field], nodeR[field]];
      // The same text needs no comparison (and no fetch of a remote key schema); what is not a schema cannot be compared as one.
      if (canonical(sb) === canonical(sr) || !schemaLike(sb) || !schemaLike(sr)) continue;
      // A key or group schema stated where none was documents what was already sent; a new query
      // or header schema may add required parameters, so it is compared with none.
      if ((sb === undefined || sr === undefined) && role !== 'query' && role !== 'header') continue;
      const [pb, pr] = [joinPointer(atB, field), joinPointer(atR, field)];
      if (role === 'query' || role === 'header') compareParameterObject(out, { ...scope, direction: 'request' }, role, [pb, pr], [sb, sr]);
      else if (role === 'parameter') {
        const parameter = { in: protocol, name: field };
        out.schema({ ...scope, direction: 'request', area: 'binding', parameter, property: '' }, pb, pr, sb, sr);
      } else out.schema({ ...scope, area: role satisfies Area, property: '' }, pb, pr, sb, sr);
    }
  }
}

/**
 * The properties of a query or header object schema, paired by name (headers without case) and
 * compared as OpenAPI parameters: a new required one, one that became required, or a narrowed
 * schema refuses clients that connect as before.
 */
function compareParameterObject(out: Emitter, scope: Scope, location: 'query' | 'header', at: [string, string], schemas: [unknown, unknown]): void {
  const eb = effective(out.schemas.base, schemas[0]);
  const er = effective(out.schemas.rev, schemas[1]);
  const key = (name: string) => (location === 'header' ? name.toLowerCase() : name);
  const byKey = (e: typeof eb) => new Map([...e.properties].map(([name, ref]) => [key(name), { name, ref, required: e.required.has(name) }]));
  const [inB, inR] = [byKey(eb), byKey(er)];
  for (const k of [...new Set([...inB.keys(), ...inR.keys()])].sort()) {
    const [pb, pr] = [inB.get(k), inR.get(k)];
    const parameter = { in: location, name: (pr ?? pb)!.name };
    const placed: Scope = { ...scope, area: `${location}-parameter`, parameter };
    const pointerB = pb && joinPointer(at[0], ...pb.ref.segs);
    const pointerR = pr && joinPointer(at[1], ...pr.ref.segs);
    if (!pr) out.emit('ParameterRemoved', placed, pointerB!, at[1], { required: pb!.required });
    else if (!pb) out.emit('ParameterAdded', placed, at[0], pointerR!, { required: pr.required });
    else {
      if (pb.required !== pr.required) out.emit('ParameterRequiredChanged', placed, pointerB!, pointerR!, { from: pb.required, to: pr.required });
      out.schema({ ...placed, property: '' }, pointerB!, pointerR!, pb.ref.node, pr.ref.node);
    }
  }
}

/** `a.*` becomes one path per key under `a` on either side; other fields are one path. */
function expand(field: string, b: Obj, r: Obj, sides: { base: DiffSide; rev: DiffSide }): string[][] {
  const path = field.split('.');
  if (path[path.length - 1] !== '*') return [path];
  const parent = path.slice(0, -1);
  const keys = new Set([
    ...Object.keys(objectOf(sides.base, valueAt(sides.base, b, parent))),
    ...Object.keys(objectOf(sides.rev, valueAt(sides.rev, r, parent))),
  ]);
  return [...keys].sort().map((k) => [...parent, k]);
}

function valueAt(side: DiffSide, node: Obj, path: string[]): unknown {
  let value: unknown = node;
  for (const segment of path) value = isObject(value) ? side.deref(value[segment]) : undefined;
  return value;
}

function objectOf(side: DiffSide, raw: unknown): Obj {
  const node = side.deref(raw);
  return isObject(node) ? node : {};
}

const KEYWORDS = new Set([
  '$ref',
  'type',
  'properties',
  'required',
  'items',
  'enum',
  'const',
  'format',
  'pattern',
  'allOf',
  'oneOf',
  'anyOf',
  'not',
  'additionalProperties',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'description',
]);

/**
 * Absent, or an object that uses some schema keyword: `headers: { Trailer: '\r\n' }` (values
 * for a schema, as a corpus document writes it) is not compared.
 */
function schemaLike(value: unknown): boolean {
  return value === undefined || (isObject(value) && (Object.keys(value).length === 0 || Object.keys(value).some((k) => KEYWORDS.has(k))));
}

/** JSON with sorted keys: two settings are the same when they say the same thing. */
function canonical(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return JSON.stringify(value, (_, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

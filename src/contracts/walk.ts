import { addTo } from '../core/collections.js';
import { eventModel, type EventAction, type EventChannel, type EventMessage, type EventOperation } from './asyncapi.js';
import { isRef, type ContractDocument, type ContractFile } from './load.js';
import { escapeSegment as esc } from '../core/pointer.js';

/** Node kinds rules subscribe to. */
export type NodeKind =
  | 'Document'
  | 'Server'
  | 'PathItem'
  | 'Operation'
  | 'Parameter'
  | 'RequestBody'
  | 'Response'
  | 'MediaType'
  | 'Header'
  | 'Schema'
  | 'SecurityScheme'
  | 'Channel'
  | 'Message'
  | 'MessageTrait'
  | 'CorrelationId';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Where a node is written: the file and the JSON pointer inside it. */
export interface At {
  file: ContractFile;
  pointer: string;
}

export interface OperationInfo {
  method: string;
  path: string;
  node: Record<string, any>;
  at: At;
  /** Path-level and operation-level parameters, refs resolved. */
  parameters: Array<{ node: Record<string, any>; at: At }>;
  /** Responses by status code, refs resolved. */
  responses: Map<string, { node: Record<string, any>; at: At }>;
  /** The security requirements in force: the operation's, else the document's. */
  security: unknown[] | undefined;
}

export interface WalkContext {
  doc: ContractDocument;
  at: At;
  operation?: OperationInfo;
  /** A response's status code, for Response and what lies below it. */
  status?: string;
  direction?: 'request' | 'response';
  /** A parameter's, header's, property's or security scheme's name. */
  name?: string;
  /** The schema is a member of allOf/oneOf/anyOf: its siblings complete it. */
  composed?: boolean;
  /** AsyncAPI: the channel, operation or message being visited, and what the application does with it. */
  event?: EventScope;
}

export interface EventScope {
  channel?: EventChannel<At>;
  operation?: EventOperation<At>;
  message?: EventMessage<At>;
  /** The application's actions on this node: `send` (it publishes) and/or `receive` (it consumes); none for an unused message. */
  actions: EventAction[];
}

export type Visitor = { [K in NodeKind]?: (node: Record<string, any>, ctx: WalkContext) => void } & {
  /** Runs once after the walk, for rules that judge the document as a whole. */
  DocumentExit?: (node: Record<string, any>, ctx: WalkContext) => void;
};

const NO_CONTEXT = 1;

/** The context a schema is judged in, as a bit: what direction-dependent rules can tell apart. */
function contextBit(ctx: WalkContext): number {
  if (ctx.direction === 'request') return 2;
  if (ctx.direction === 'response') return ctx.status !== undefined && /^[45]|^default$/.test(ctx.status) ? 8 : 4;
  return NO_CONTEXT;
}
const isObject = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Walks a contract once for all rules: every visitor subscribed to a kind is called on each node
 * of that kind. `$ref`s are followed as they are met and nodes reported where they are written.
 * A schema is visited once per context it is reached in (as Redocly's nested visitors re-enter a
 * node under each parent): outside any operation, in a request, in a success response, in an
 * error response. So a schema shared by a GET response and a POST body is judged as a request
 * schema too, whatever the path order, and the walk stays linear (at most four visits a node).
 * Schemas are walked with an explicit stack, so a deeply nested document cannot overflow the
 * call stack.
 */
export function walk(doc: ContractDocument, visitors: readonly Visitor[]): void {
  const byKind = new Map<string, Array<(node: Record<string, any>, ctx: WalkContext) => void>>();
  for (const visitor of visitors) {
    for (const [kind, fn] of Object.entries(visitor)) if (fn) addTo(byKind, kind, fn);
  }
  const emit = (kind: NodeKind | 'DocumentExit', node: Record<string, any>, ctx: WalkContext) => {
    const fns = byKind.get(kind);
    // Indexed: called for every node, much of it before the JIT has optimised it, where for…of allocates per visitor.
    if (fns) for (let i = 0; i < fns.length; i++) fns[i](node, ctx);
  };
  // The contexts (bits of `contextBit`) each schema was visited in.
  const seen = new Map<unknown, number>();
  const root = doc.rootFile;
  const deref = (node: unknown, at: At) => {
    if (!isRef(node)) return { node, at };
    const r = doc.deref(node, at.file, at.pointer);
    // A ref that leads nowhere is already a `ref-unresolved` finding; rules never see it as a node.
    return { node: isRef(r.node) ? undefined : r.node, at: { file: r.file, pointer: r.pointer } };
  };
  const child = (at: At, ...segments: Array<string | number>): At => {
    let pointer = at.pointer;
    for (let i = 0; i < segments.length; i++) pointer += `/${esc(segments[i])}`;
    return { file: at.file, pointer };
  };

  // The schema walk is the hot loop (tens of thousands of nodes in a large API). Three pushes in
  // four meet a schema already visited in its context (Stripe: 60,555 pushes, 15,650 visits), so a
  // task holds only what its pointer is made of: the pointer, and the context it completes, are
  // built when the schema is visited. Contexts have one fixed shape, without spreads or closures.
  const schemaStack: SchemaTask[] = [];
  const visitedIn = (node: object, bit: number) => {
    const visited = seen.get(node) ?? 0;
    // A definition visited under an operation is not visited again as a bare definition.
    return (visited & bit) !== 0 || (bit === NO_CONTEXT && visited !== 0);
  };
  const pushSchema = (
    value: unknown,
    from: WalkContext,
    bit: number,
    key: string,
    member: string | number | undefined,
    name: string | undefined,
    composed: boolean,
  ) => {
    // A schema written inline and already visited in this context would be skipped when popped: skip it now.
    if (!isObject(value) || (!isRef(value) && visitedIn(value, bit))) return;
    schemaStack.push({ node: value, from, bit, key, member, name, composed, at: undefined });
  };
  const pushList = (list: unknown, from: WalkContext, bit: number, key: string, composed: boolean) => {
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) pushSchema(list[i], from, bit, key, i, undefined, composed);
  };
  const pushMap = (map: unknown, from: WalkContext, bit: number, key: string) => {
    if (!isObject(map)) return;
    for (const name of Object.keys(map)) pushSchema(map[name], from, bit, key, name, name, false);
  };
  const walkSchemas = () => {
    while (schemaStack.length > 0) {
      const task = schemaStack.pop()!;
      if (!isRef(task.node) && visitedIn(task.node as object, task.bit)) continue;
      const written: At = task.at ?? {
        file: task.from.at.file,
        pointer: task.member === undefined ? `${task.from.at.pointer}/${task.key}` : `${task.from.at.pointer}/${task.key}/${esc(task.member)}`,
      };
      const { node, at } = deref(task.node, written);
      if (!isObject(node) || visitedIn(node, task.bit)) continue;
      seen.set(node, (seen.get(node) ?? 0) | task.bit);
      const from = task.from;
      const here: WalkContext = {
        doc,
        at,
        operation: from.operation,
        status: from.status,
        direction: from.direction,
        name: task.name,
        composed: task.composed,
        event: from.event,
      };
      const bit = task.bit;
      emit('Schema', node, here);
      pushMap(node.properties, here, bit, 'properties');
      pushMap(node.patternProperties, here, bit, 'patternProperties');
      if (Array.isArray(node.items)) pushList(node.items, here, bit, 'items', false);
      else pushSchema(node.items, here, bit, 'items', undefined, undefined, false);
      pushSchema(node.additionalProperties, here, bit, 'additionalProperties', undefined, undefined, false);
      pushSchema(node.not, here, bit, 'not', undefined, undefined, false);
      pushList(node.allOf, here, bit, 'allOf', true);
      pushList(node.oneOf, here, bit, 'oneOf', true);
      pushList(node.anyOf, here, bit, 'anyOf', true);
      pushList(node.prefixItems, here, bit, 'prefixItems', false);
    }
  };
  const schema = (value: unknown, ctx: WalkContext) => {
    if (value === undefined) return;
    schemaStack.push({ node: value, from: ctx, bit: contextBit(ctx), key: '', member: undefined, name: ctx.name, composed: ctx.composed, at: ctx.at });
    walkSchemas();
  };
  const mediaTypes = (content: unknown, ctx: WalkContext) => {
    if (!isObject(content)) return;
    for (const [type, media] of Object.entries(content)) {
      if (!isObject(media)) continue;
      const at = child(ctx.at, 'content', type);
      emit('MediaType', media, { ...ctx, at, name: type });
      schema(media.schema, { ...ctx, at: child(at, 'schema') });
    }
  };
  const headers = (map: unknown, ctx: WalkContext) => {
    if (!isObject(map)) return;
    for (const [name, raw] of Object.entries(map)) {
      const { node, at } = deref(raw, child(ctx.at, 'headers', name));
      if (!isObject(node)) continue;
      emit('Header', node, { ...ctx, at, name });
      schema(node.schema, { ...ctx, at: child(at, 'schema'), name });
    }
  };

  const document = root.root as Record<string, any>;
  const top: WalkContext = { doc, at: { file: root, pointer: '' } };
  emit('Document', document, top);
  if (doc.kind === 'asyncapi') walkAsyncApi(document, top, emit, schema, deref, child);
  else {
    (Array.isArray(document.servers) ? document.servers : []).forEach((server: unknown, i: number) => {
      if (isObject(server)) emit('Server', server, { ...top, at: child(top.at, 'servers', i) });
    });
    const schemes = document.components?.securitySchemes ?? document.securityDefinitions;
    const schemesAt = document.components ? child(top.at, 'components', 'securitySchemes') : child(top.at, 'securityDefinitions');
    for (const [name, raw] of Object.entries(isObject(schemes) ? schemes : {})) {
      const { node, at } = deref(raw, child(schemesAt, name));
      if (isObject(node)) emit('SecurityScheme', node, { ...top, at, name });
    }
    for (const [path, rawItem] of Object.entries(isObject(document.paths) ? document.paths : {})) {
      const { node: item, at: itemAt } = deref(rawItem, child(top.at, 'paths', path));
      if (!isObject(item)) continue;
      emit('PathItem', item, { ...top, at: itemAt, name: path });
      for (const method of METHODS) {
        const { node: op, at: opAt } = deref(item[method], child(itemAt, method));
        if (!isObject(op)) continue;
        const parameters = [
          ...(Array.isArray(item.parameters) ? item.parameters.map((p: unknown, i: number) => deref(p, child(itemAt, 'parameters', i))) : []),
          ...(Array.isArray(op.parameters) ? op.parameters.map((p: unknown, i: number) => deref(p, child(opAt, 'parameters', i))) : []),
        ].filter((p): p is { node: Record<string, any>; at: At } => isObject(p.node));
        const responses = new Map<string, { node: Record<string, any>; at: At }>();
        for (const [status, raw] of Object.entries(isObject(op.responses) ? op.responses : {})) {
          const resolved = deref(raw, child(opAt, 'responses', status));
          if (isObject(resolved.node)) responses.set(String(status), resolved as { node: Record<string, any>; at: At });
        }
        const info: OperationInfo = {
          method,
          path,
          node: op,
          at: opAt,
          parameters,
          responses,
          security: Array.isArray(op.security) ? op.security : Array.isArray(document.security) ? document.security : undefined,
        };
        const opCtx: WalkContext = { ...top, at: opAt, operation: info };
        emit('Operation', op, opCtx);
        for (const parameter of parameters) {
          const pctx: WalkContext = { ...opCtx, at: parameter.at, name: parameter.node.name, direction: 'request' };
          emit('Parameter', parameter.node, pctx);
          schema(parameter.node.schema, { ...pctx, at: child(parameter.at, 'schema') });
          mediaTypes(parameter.node.content, pctx);
        }
        if (op.requestBody !== undefined) {
          const { node: body, at } = deref(op.requestBody, child(opAt, 'requestBody'));
          if (isObject(body)) {
            const bctx: WalkContext = { ...opCtx, at, direction: 'request' };
            emit('RequestBody', body, bctx);
            mediaTypes(body.content, bctx);
          }
        }
        for (const [status, response] of responses) {
          const rctx: WalkContext = { ...opCtx, at: response.at, status, direction: 'response' };
          emit('Response', response.node, rctx);
          headers(response.node.headers, rctx);
          mediaTypes(response.node.content, rctx);
          schema(response.node.schema, { ...rctx, at: child(response.at, 'schema') });
        }
      }
    }
    const definitions = document.components?.schemas ?? document.definitions;
    const definitionsAt = document.components ? child(top.at, 'components', 'schemas') : child(top.at, 'definitions');
    for (const [name, value] of Object.entries(isObject(definitions) ? definitions : {})) schema(value, { ...top, at: child(definitionsAt, name), name });
  }
  emit('DocumentExit', document, top);
}

/**
 * A schema to visit: `from` is the visited context it was found in (or, for a walk's first
 * schema, its own context with `at` set), `key` and `member` the rest of its pointer.
 */
interface SchemaTask {
  node: unknown;
  from: WalkContext;
  /** `contextBit` of the context the schema is visited in: children share their parent's. */
  bit: number;
  key: string;
  member: string | number | undefined;
  name: string | undefined;
  composed: boolean | undefined;
  at: At | undefined;
}

type Emit = (kind: NodeKind | 'DocumentExit', node: Record<string, any>, ctx: WalkContext) => void;

/**
 * AsyncAPI 2.x and 3.0 through the shared event model: servers and security schemes, each
 * channel, each operation (with the application's action), each message once with the
 * actions that carry it, its traits, correlation id, headers and payload (JSON Schema payloads
 * only: an Avro or other `schemaFormat` is not walked as JSON Schema), then component schemas,
 * 2.x parameter schemas and message trait headers, used or not.
 */
function walkAsyncApi(
  document: Record<string, any>,
  top: WalkContext,
  emit: Emit,
  schema: (value: unknown, ctx: WalkContext) => void,
  deref: (node: unknown, at: At) => { node: unknown; at: At },
  child: (at: At, ...segments: Array<string | number>) => At,
): void {
  const model = eventModel(document, top.at, { deref, child });
  for (const server of model.servers) emit('Server', server.node, { ...top, at: server.at, name: server.name });
  for (const [name, raw] of Object.entries(isObject(document.components?.securitySchemes) ? document.components.securitySchemes : {})) {
    const { node, at } = deref(raw, child(top.at, 'components', 'securitySchemes', name));
    if (isObject(node)) emit('SecurityScheme', node, { ...top, at, name });
  }
  const actionsOf = new Map<EventMessage<At>, EventAction[]>();
  for (const op of model.operations) for (const m of op.messages) if (!actionsOf.get(m)?.includes(op.action)) addTo(actionsOf, m, op.action);
  for (const channel of model.channels) {
    const ctx: WalkContext = { ...top, at: channel.at, name: channel.key, event: { channel, actions: [] } };
    emit('Channel', channel.node, ctx);
    // 2.x parameters carry a schema (3.0 parameters are plain enum/default/examples, no schema).
    for (const [name, raw] of Object.entries(isObject(channel.node.parameters) ? channel.node.parameters : {})) {
      const { node, at } = deref(raw, child(channel.at, 'parameters', name));
      if (isObject(node)) schema(node.schema, { ...ctx, at: child(at, 'schema'), name });
    }
  }
  for (const op of model.operations) {
    emit('Operation', op.node, { ...top, at: op.at, name: op.id, event: { channel: op.channel, operation: op, actions: [op.action] } });
  }
  for (const message of model.messages) {
    const ctx: WalkContext = { ...top, at: message.at, name: message.key, event: { message, actions: [...(actionsOf.get(message) ?? [])].sort() } };
    emit('Message', message.node, ctx);
    message.traits.forEach((trait) => emit('MessageTrait', trait.node, { ...ctx, at: trait.at }));
    const correlation = deref(message.node.correlationId, child(message.at, 'correlationId'));
    if (isObject(correlation.node)) emit('CorrelationId', correlation.node, { ...ctx, at: correlation.at });
    schema(message.headers, { ...ctx, at: message.headersAt });
    // A trait's headers the message's own headers shadow are still written schemas (visited once).
    for (const trait of message.traits) schema(trait.node.headers, { ...ctx, at: child(trait.at, 'headers') });
    if (message.format === 'json') schema(message.payload, { ...ctx, at: message.payloadAt });
  }
  for (const [name, value] of Object.entries(isObject(document.components?.schemas) ? document.components.schemas : {}))
    schema(value, { ...top, at: child(top.at, 'components', 'schemas', name), name });
  // Components no channel or message uses are written schemas all the same.
  for (const [name, raw] of Object.entries(isObject(document.components?.parameters) ? document.components.parameters : {})) {
    const { node, at } = deref(raw, child(top.at, 'components', 'parameters', name));
    if (isObject(node)) schema(node.schema, { ...top, at: child(at, 'schema'), name });
  }
  for (const [name, raw] of Object.entries(isObject(document.components?.messageTraits) ? document.components.messageTraits : {})) {
    const { node, at } = deref(raw, child(top.at, 'components', 'messageTraits', name));
    if (isObject(node)) schema(node.headers, { ...top, at: child(at, 'headers') });
  }
}

/**
 * Redocly's node types on archway's single walk: each type is reached from the walk kind that
 * visits it (or, for the fixed nodes under the root, from `Document`), with the key Redocly's
 * walker would give it in its parent. `where` reads ancestors from the walk context.
 */
import { parsePointer } from '../../core/pointer.js';
import type { At, Visitor, WalkContext } from '../../contracts/walk.js';
import { isObject, resolveAt } from '../helpers.js';
import { child } from '../events.js';

/** A node of a Redocly type, as a configurable rule sees it. */
export interface TypedNode {
  node: Record<string, any>;
  at: At;
  /** The key the node is written under in its parent (a path, a method, a status, a property name). */
  key: string;
  ctx: WalkContext;
}

type Each = (subject: TypedNode) => void;

const lastSegment = (pointer: string) => parsePointer(pointer).at(-1) ?? '';
const from = (ctx: WalkContext, node: Record<string, any>, key: string): TypedNode => ({ node, at: ctx.at, key, ctx });

/** A fixed child of a visited node (`info`, `responses`, `content`), its `$ref` followed. */
function fixed(ctx: WalkContext, parent: Record<string, any>, name: string, each: Each): void {
  if (parent[name] === undefined) return;
  const r = resolveAt(ctx.doc, parent[name], child(ctx.at, name));
  if (isObject(r.node)) each({ node: r.node, at: r.at, key: name, ctx });
}

/** Redocly type → the visitor that hands each node of that type to `each` (OpenAPI only). */
export const NODE_TYPES: Record<string, (each: Each) => Visitor> = {
  Root: (each) => ({ Document: (node, ctx) => each(from(ctx, node, '')) }),
  Info: (each) => ({ Document: (node, ctx) => fixed(ctx, node, 'info', each) }),
  Contact: (each) => ({
    Document: (node, ctx) => fixed(ctx, node, 'info', (info) => fixed({ ...ctx, at: info.at }, info.node, 'contact', each)),
  }),
  License: (each) => ({
    Document: (node, ctx) => fixed(ctx, node, 'info', (info) => fixed({ ...ctx, at: info.at }, info.node, 'license', each)),
  }),
  ExternalDocs: (each) => ({ Document: (node, ctx) => fixed(ctx, node, 'externalDocs', each) }),
  Components: (each) => ({ Document: (node, ctx) => fixed(ctx, node, 'components', each) }),
  Paths: (each) => ({ Document: (node, ctx) => fixed(ctx, node, 'paths', each) }),
  Tag: (each) => ({
    Document(node, ctx) {
      if (!Array.isArray(node.tags)) return;
      node.tags.forEach((tag: unknown, i: number) => {
        const r = resolveAt(ctx.doc, tag, child(ctx.at, 'tags', i));
        if (isObject(r.node)) each({ node: r.node, at: r.at, key: String(i), ctx });
      });
    },
  }),
  Server: (each) => ({ Server: (node, ctx) => each(from(ctx, node, lastSegment(ctx.at.pointer))) }),
  PathItem: (each) => ({ PathItem: (node, ctx) => each(from(ctx, node, ctx.name ?? '')) }),
  Operation: (each) => ({ Operation: (node, ctx) => each(from(ctx, node, ctx.operation?.method ?? '')) }),
  Parameter: (each) => ({ Parameter: (node, ctx) => each(from(ctx, node, lastSegment(ctx.at.pointer))) }),
  RequestBody: (each) => ({ RequestBody: (node, ctx) => each(from(ctx, node, 'requestBody')) }),
  Responses: (each) => ({ Operation: (node, ctx) => fixed(ctx, node, 'responses', each) }),
  Response: (each) => ({ Response: (node, ctx) => each(from(ctx, node, ctx.status ?? '')) }),
  MediaTypesMap: (each) => ({
    RequestBody: (node, ctx) => fixed(ctx, node, 'content', each),
    Response: (node, ctx) => fixed(ctx, node, 'content', each),
  }),
  MediaType: (each) => ({ MediaType: (node, ctx) => each(from(ctx, node, ctx.name ?? '')) }),
  Header: (each) => ({ Header: (node, ctx) => each(from(ctx, node, ctx.name ?? '')) }),
  Schema: (each) => ({ Schema: (node, ctx) => each(from(ctx, node, ctx.name ?? lastSegment(ctx.at.pointer))) }),
  SchemaProperties: (each) => ({ Schema: (node, ctx) => fixed(ctx, node, 'properties', each) }),
  SecurityScheme: (each) => ({ SecurityScheme: (node, ctx) => each(from(ctx, node, ctx.name ?? '')) }),
};

/** The ancestor of a type a node was reached under, for `where`; undefined when it has none. */
export const ANCESTORS: Record<string, (ctx: WalkContext) => Omit<TypedNode, 'ctx'> | undefined> = {
  Root: (ctx) => ({ node: ctx.doc.root as Record<string, any>, at: { file: ctx.doc.rootFile, pointer: '' }, key: '' }),
  PathItem(ctx) {
    const op = ctx.operation;
    const paths = (ctx.doc.root as Record<string, any>).paths;
    if (!op || !isObject(paths)) return undefined;
    const r = resolveAt(ctx.doc, paths[op.path], child({ file: ctx.doc.rootFile, pointer: '' }, 'paths', op.path));
    return isObject(r.node) ? { node: r.node, at: r.at, key: op.path } : undefined;
  },
  Operation: (ctx) => (ctx.operation ? { node: ctx.operation.node, at: ctx.operation.at, key: ctx.operation.method } : undefined),
  Response(ctx) {
    const response = ctx.status === undefined ? undefined : ctx.operation?.responses.get(ctx.status);
    return response ? { node: response.node, at: response.at, key: ctx.status! } : undefined;
  },
};

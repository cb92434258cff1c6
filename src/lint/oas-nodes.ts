import type { ContractDocument, ContractFile } from '../contracts/load.js';
import { METHODS, type At } from '../contracts/walk.js';
import { escapeSegment } from '../core/pointer.js';
import { isObject } from './helpers.js';

/**
 * Plain traversals for the peer-equivalent rules (spectral:oas, Redocly recommended) that judge
 * what the single walk does not visit: raw nodes as written (a `$ref` and its siblings), tags,
 * examples, callbacks and webhooks.
 */

/** A location `segments` below `at`. */
export function below(at: At, ...segments: Array<string | number>): At {
  let pointer = at.pointer;
  for (const s of segments) pointer += `/${escapeSegment(s)}`;
  return { file: at.file, pointer };
}

/**
 * Every object in a file as written (refs not followed), parents before children (siblings in no
 * set order: callers collect or report, and findings are sorted); iterative, so depth is no risk.
 * `at` gives the visited node's place, its pointer built only when asked for (most nodes are only
 * looked at); it answers for the node being visited.
 */
export function eachNode(file: ContractFile, visit: (node: Record<string, any>, at: () => At) => void): void {
  if (file.root === null || typeof file.root !== 'object') return;
  // Parallel stacks and one path, so the walk allocates nothing per node.
  const nodes: object[] = [file.root];
  const keys: string[] = [''];
  const depths: number[] = [0];
  const path: string[] = [];
  const at = (): At => ({ file, pointer: path.reduce((pointer, key) => `${pointer}/${escapeSegment(key)}`, '') });
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const key = keys.pop()!;
    const depth = depths.pop()!;
    path.length = depth;
    if (depth > 0) path[depth - 1] = key;
    if (!Array.isArray(node)) visit(node as Record<string, any>, at);
    for (const name in node) {
      const child = (node as Record<string, unknown>)[name];
      if (child === null || typeof child !== 'object') continue;
      nodes.push(child);
      keys.push(name);
      depths.push(depth + 1);
    }
  }
}

/** What a file writes that refers to other objects: what the rules on references read, found in one traversal. */
export interface WrittenRefs {
  /** Every `$ref` string in the file. */
  refs: string[];
  /** Objects that have keys beside their `$ref`, and their places. */
  withSiblings: Array<{ node: Record<string, any>; at: At }>;
  /** Discriminator objects (a `mapping` object and a string `propertyName`): their values name schemas too. */
  mappings: Array<Record<string, unknown>>;
}

const writtenRefsByFile = new WeakMap<ContractFile, WrittenRefs>();

/** The references a file writes, found once per file however many rules ask (a large API has tens of thousands of objects). */
export function writtenRefs(file: ContractFile): WrittenRefs {
  let found = writtenRefsByFile.get(file);
  if (!found) {
    const refs: string[] = [];
    const withSiblings: WrittenRefs['withSiblings'] = [];
    const mappings: WrittenRefs['mappings'] = [];
    eachNode(file, (node, place) => {
      if (typeof node.$ref === 'string') {
        refs.push(node.$ref);
        for (const key in node)
          if (key !== '$ref') {
            withSiblings.push({ node, at: place() });
            break;
          }
      }
      if (isObject(node.mapping) && typeof node.propertyName === 'string') mappings.push(node.mapping);
    });
    writtenRefsByFile.set(file, (found = { refs, withSiblings, mappings }));
  }
  return found;
}

/** The loaded files of a document, root first (a file that failed to load is left out). */
export function filesOf(doc: ContractDocument): ContractFile[] {
  return [...doc.files.values()].filter((f): f is ContractFile => f !== null);
}

/** The node a `$ref` (or a plain node) stands for, and where it is written. */
export function resolved(doc: ContractDocument, node: unknown, at: At): { node: unknown; at: At } {
  if (!isObject(node) || typeof node.$ref !== 'string') return { node, at };
  const r = doc.deref(node, at.file, at.pointer);
  return { node: r.node, at: { file: r.file, pointer: r.pointer } };
}

/** The operations of a path item map (`paths`, a callback, `webhooks`), refs resolved. */
export function operationsOf(
  doc: ContractDocument,
  map: unknown,
  at: At,
): Array<{ key: string; item: Record<string, any>; itemAt: At; method: string; op: Record<string, any>; opAt: At }> {
  const out: Array<{ key: string; item: Record<string, any>; itemAt: At; method: string; op: Record<string, any>; opAt: At }> = [];
  if (!isObject(map)) return out;
  for (const key of Object.keys(map)) {
    const { node: item, at: itemAt } = resolved(doc, map[key], below(at, key));
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const { node: op, at: opAt } = resolved(doc, item[method], below(itemAt, method));
      if (isObject(op)) out.push({ key, item, itemAt, method, op, opAt });
    }
  }
  return out;
}

const serverListsOf = new WeakMap<object, Array<{ list: unknown[]; at: At }>>();

/** The server lists of a document: root, path items and operations (OpenAPI 3); found once per document, however many rules ask. */
export function serverLists(doc: ContractDocument, root: Record<string, any>, rootAt: At): Array<{ list: unknown[]; at: At }> {
  const known = serverListsOf.get(root);
  if (known !== undefined) return known;
  const lists: Array<{ list: unknown[]; at: At }> = [];
  if (Array.isArray(root.servers)) lists.push({ list: root.servers, at: below(rootAt, 'servers') });
  const items = new Set<unknown>();
  for (const { item, itemAt, op, opAt } of operationsOf(doc, root.paths, below(rootAt, 'paths'))) {
    if (!items.has(item) && Array.isArray(item.servers)) lists.push({ list: item.servers, at: below(itemAt, 'servers') });
    items.add(item);
    if (Array.isArray(op.servers)) lists.push({ list: op.servers, at: below(opAt, 'servers') });
  }
  serverListsOf.set(root, lists);
  return lists;
}

/** Every server URL a document declares (OpenAPI 2.0: its `host`), each where it is written. */
export function serverUrls(doc: ContractDocument, root: Record<string, any>, rootAt: At): Array<{ url: string; at: At; kind: 'host' | 'url' }> {
  if (doc.version === '2.0') return typeof root.host === 'string' ? [{ url: root.host, at: below(rootAt, 'host'), kind: 'host' }] : [];
  return serverLists(doc, root, rootAt).flatMap(({ list, at }) =>
    list.flatMap((server: any, i) => (typeof server?.url === 'string' ? [{ url: server.url as string, at: below(at, i, 'url'), kind: 'url' as const }] : [])),
  );
}

/** Deep equality of JSON values (enum entries, composed schemas). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson((a as any)[k], (b as any)[k]));
}

/** `openapi: 3.0.x`, `3.1.x`, or `swagger: 2.0`. */
export function oasVersion(doc: ContractDocument): '2.0' | '3.0' | '3.1' {
  return doc.version === '2.0' ? '2.0' : doc.version.startsWith('3.1') ? '3.1' : '3.0';
}

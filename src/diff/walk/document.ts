import { joinPointer } from '../../core/pointer.js';
import type { ChangeEvent } from '../events.js';
import type { DiffSide } from '../side.js';
import { Emitter, type Scope } from './emitter.js';
import { METHODS, obj, operationSunsetOf, securitySchemes, servers, type Obj } from './openapi.js';
import { compareOperation, type OperationPair } from './operation.js';

/**
 * Walks both documents once and returns every change event: servers, security schemes, then
 * each operation matched per method by path, then by template with parameter names normalised
 * (`/pets/{id}` is `/pets/{petId}`).
 */
export function compareDocuments(base: DiffSide, revision: DiffSide): ChangeEvent[] {
  const out = new Emitter(base, revision);
  compareServers(out, base, revision);
  compareSchemes(out, base, revision);
  const basePaths = pathEntries(base);
  const revPaths = pathEntries(revision);
  const near = (entries: PathEntry[], path: string) => entries.find((e) => e.path === path) ?? entries.find((e) => e.key === templateKey(path));
  // In template order, then method order: the first operation to reach a shared change names it.
  const operations = METHODS.flatMap((method, rank) =>
    pairOperations(base, basePaths, revision, revPaths, method).map(([b, r]) => ({ method, rank, b, r, key: (r ?? b)!.key })),
  );
  operations.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.rank - y.rank));
  for (const { method, b, r } of operations) {
    const bOp = b && obj(base, b.item[method]);
    const rOp = r && obj(revision, r.item[method]);
    const label = `${method.toUpperCase()} ${(r ?? b)!.path}`;
    const bPtr = b ? joinPointer(b.pointer, method) : (near(basePaths, r!.path)?.pointer ?? '/paths');
    const rPtr = r ? joinPointer(r.pointer, method) : (near(revPaths, b!.path)?.pointer ?? '/paths');
    const scope: Scope = {
      direction: null,
      area: 'operation',
      operation: label,
      deprecated: bOp?.deprecated === true,
      sunset: bOp && operationSunsetOf(base, bOp),
      stability: stabilityOf(bOp) ?? stabilityOf(rOp),
    };
    if (!rOp) out.emit('OperationRemoved', scope, bPtr, rPtr, {});
    else if (!bOp) out.emit('OperationAdded', scope, bPtr, rPtr, {});
    else {
      const pair: OperationPair = {
        scope,
        base: { op: bOp, item: b!.item, pointer: bPtr, path: b!.path },
        rev: { op: rOp, item: r!.item, pointer: rPtr, path: r!.path },
      };
      compareOperation(out, base, revision, pair);
    }
  }
  return out.finish();
}

export function stabilityOf(op: Obj | undefined): string | undefined {
  const level = op?.['x-stability-level'];
  return typeof level === 'string' ? level : undefined;
}

interface PathEntry {
  path: string;
  /** The template with parameter names blanked: `/pets/{}`. */
  key: string;
  pointer: string;
  item: Obj;
}

function templateKey(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

/** Path items sorted by path. */
function pathEntries(side: DiffSide): PathEntry[] {
  const paths = obj(side, (side.root as Obj).paths) ?? {};
  return Object.keys(paths)
    .sort()
    .flatMap((path) => {
      const item = obj(side, paths[path]);
      return item ? [{ path, key: templateKey(path), pointer: joinPointer('/paths', path), item }] : [];
    });
}

/**
 * Pairs the operations of one method: the same path first, then the same template with other
 * parameter names (`/pets/{id}` is `/pets/{petId}`). Per method, because a document may hold two
 * templates that normalise alike (`/a/{id}` with DELETE, `/a/{digest}` with GET): each old GET
 * must find the new GET, not whichever path item came first.
 */
function pairOperations(
  base: DiffSide,
  basePaths: PathEntry[],
  revision: DiffSide,
  revPaths: PathEntry[],
  method: string,
): Array<[PathEntry | undefined, PathEntry | undefined]> {
  const withMethod = (side: DiffSide, entries: PathEntry[]) => entries.filter((e) => obj(side, e.item[method]) !== undefined);
  const before = withMethod(base, basePaths);
  const left = new Map(withMethod(revision, revPaths).map((e) => [e.path, e]));
  const pairs: Array<[PathEntry | undefined, PathEntry | undefined]> = [];
  const unmatched: PathEntry[] = [];
  for (const b of before) {
    const r = left.get(b.path);
    if (r) {
      left.delete(b.path);
      pairs.push([b, r]);
    } else unmatched.push(b);
  }
  const byKey = new Map<string, PathEntry[]>();
  for (const r of left.values()) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  for (const b of unmatched) {
    const r = byKey.get(b.key)?.shift();
    if (r) left.delete(r.path);
    pairs.push([b, r]);
  }
  for (const r of left.values()) pairs.push([undefined, r]);
  return pairs;
}

function compareServers(out: Emitter, base: DiffSide, revision: DiffSide): void {
  const scope: Scope = { direction: null, area: 'server', operation: null, deprecated: false };
  const before = servers(base);
  const after = servers(revision);
  const rootOf = (list: typeof before) => (list.length > 0 ? '/servers' : '');
  for (const s of before) if (!after.some((a) => a.url === s.url)) out.emit('ServerRemoved', scope, s.pointer, rootOf(after), { url: s.url });
  for (const s of after) if (!before.some((b) => b.url === s.url)) out.emit('ServerAdded', scope, rootOf(before), s.pointer, { url: s.url });
}

const SCHEME_FIELDS = ['type', 'in', 'name', 'scheme', 'bearerFormat', 'flow', 'tokenUrl', 'authorizationUrl', 'openIdConnectUrl'];

export function compareSchemes(out: Emitter, base: DiffSide, revision: DiffSide): void {
  const scope: Scope = { direction: null, area: 'security', operation: null, deprecated: false };
  const b = securitySchemes(base);
  const r = securitySchemes(revision);
  for (const name of [...new Set([...Object.keys(b.schemes), ...Object.keys(r.schemes)])].sort()) {
    const bs = obj(base, b.schemes[name]);
    const rs = obj(revision, r.schemes[name]);
    const bPtr = joinPointer(b.pointer, name);
    const rPtr = joinPointer(r.pointer, name);
    if (!rs) out.emit('SecuritySchemeRemoved', scope, bPtr, r.pointer, { scheme: name });
    else if (!bs) out.emit('SecuritySchemeAdded', scope, b.pointer, rPtr, { scheme: name });
    else {
      const fb = schemeFields(base, bs);
      const fr = schemeFields(revision, rs);
      for (const field of SCHEME_FIELDS) {
        if (fb[field] !== fr[field]) out.emit('SecuritySchemeChanged', scope, bPtr, rPtr, { scheme: name, field, from: fb[field], to: fr[field] });
      }
    }
  }
}

/** A scheme's identifying fields; 3.x OAuth flows are read as flow names and their URLs. */
function schemeFields(side: DiffSide, scheme: Obj): Record<string, string | undefined> {
  const fields: Record<string, string | undefined> = {};
  for (const field of SCHEME_FIELDS) if (typeof scheme[field] === 'string') fields[field] = scheme[field] as string;
  const flows = obj(side, scheme.flows);
  if (flows) {
    const names = Object.keys(flows).sort();
    fields.flow = names.join(', ');
    for (const name of names) {
      const flow = obj(side, flows[name]);
      for (const url of ['tokenUrl', 'authorizationUrl'] as const) if (typeof flow?.[url] === 'string') fields[url] ??= flow[url] as string;
    }
  }
  return fields;
}

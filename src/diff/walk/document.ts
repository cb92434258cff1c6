import { joinPointer } from '../../core/pointer.js';
import type { ChangeEvent } from '../events.js';
import type { DiffSide } from '../side.js';
import { Emitter, type Scope } from './emitter.js';
import { METHODS, obj, operationSunsetOf, securitySchemes, servers, type Obj } from './openapi.js';
import { compareOperation, type OperationPair } from './operation.js';

/**
 * Walks both documents once and returns every change event: servers, security schemes, then
 * each operation matched by method and path template with parameter names normalised
 * (`/pets/{id}` is `/pets/{petId}`).
 */
export function compareDocuments(base: DiffSide, revision: DiffSide): ChangeEvent[] {
  const out = new Emitter(base, revision);
  compareServers(out, base, revision);
  compareSchemes(out, base, revision);
  const basePaths = pathIndex(base);
  const revPaths = pathIndex(revision);
  for (const key of [...new Set([...basePaths.keys(), ...revPaths.keys()])].sort()) {
    const b = basePaths.get(key);
    const r = revPaths.get(key);
    for (const method of METHODS) {
      const bOp = b && obj(base, b.item[method]);
      const rOp = r && obj(revision, r.item[method]);
      if (!bOp && !rOp) continue;
      const label = `${method.toUpperCase()} ${(r ?? b)!.path}`;
      const bPtr = b ? joinPointer(b.pointer, method) : '/paths';
      const rPtr = r ? joinPointer(r.pointer, method) : '/paths';
      const scope: Scope = {
        direction: null,
        area: 'operation',
        operation: label,
        deprecated: bOp?.deprecated === true,
        sunset: bOp && operationSunsetOf(base, bOp),
        stability: stabilityOf(bOp) ?? stabilityOf(rOp),
      };
      if (!rOp) out.emit('OperationRemoved', scope, bPtr, r?.pointer ?? '/paths', {});
      else if (!bOp) out.emit('OperationAdded', scope, b?.pointer ?? '/paths', rPtr, {});
      else {
        const pair: OperationPair = { scope, base: { op: bOp, item: b!.item, pointer: bPtr, path: b!.path }, rev: { op: rOp, item: r!.item, pointer: rPtr, path: r!.path } };
        compareOperation(out, base, revision, pair);
      }
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
  pointer: string;
  item: Obj;
}

/** Path items by template with parameter names blanked; on a clash the first path (sorted) wins. */
function pathIndex(side: DiffSide): Map<string, PathEntry> {
  const index = new Map<string, PathEntry>();
  const paths = obj(side, (side.root as Obj).paths) ?? {};
  for (const path of Object.keys(paths).sort()) {
    const item = obj(side, paths[path]);
    if (!item) continue;
    const key = path.replace(/\{[^}]*\}/g, '{}');
    index.set(index.has(key) ? path : key, { path, pointer: joinPointer('/paths', path), item });
  }
  return index;
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

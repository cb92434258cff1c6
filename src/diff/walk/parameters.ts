import { joinPointer } from '../../core/pointer.js';
import type { Area } from '../events.js';
import type { DiffSide } from '../side.js';
import type { Emitter, Scope } from './emitter.js';
import { obj, schemaOf, sunsetOf, type Obj } from './openapi.js';
import type { OperationPair, OperationSide } from './operation.js';

export interface Param {
  node: Obj;
  pointer: string;
  /** Match key: a path parameter by its position in the template, others by location and name. */
  key: string;
  in: string;
  name: string;
}

const LOCATIONS = ['path', 'query', 'header', 'cookie'];
/** OpenAPI 3 ignores header parameters with these names (content negotiation and auth say it). */
const IGNORED_HEADERS = ['accept', 'content-type', 'authorization'];

/** Path-item parameters overridden by the operation's own (same `in` and `name`), dereferenced. */
export function mergedParameters(side: DiffSide, s: OperationSide): Param[] {
  const itemPointer = s.pointer.slice(0, s.pointer.lastIndexOf('/'));
  const byId = new Map<string, Param>();
  const template = [...s.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  for (const [owner, pointer] of [
    [s.item, itemPointer],
    [s.op, s.pointer],
  ] as const) {
    const list = Array.isArray(owner.parameters) ? owner.parameters : [];
    list.forEach((raw, i) => {
      const node = obj(side, raw);
      if (!node || typeof node.name !== 'string' || typeof node.in !== 'string') return;
      const position = template.indexOf(node.name);
      const key = node.in === 'path' && position >= 0 ? `path#${position}` : `${node.in}:${node.in === 'header' ? node.name.toLowerCase() : node.name}`;
      byId.set(`${node.in}:${node.name}`, { node, pointer: joinPointer(pointer, 'parameters', i), key, in: node.in, name: node.name });
    });
  }
  return [...byId.values()];
}

export function compareParameters(out: Emitter, pair: OperationPair, before: Param[], after: Param[]): void {
  const counted = (p: Param) => LOCATIONS.includes(p.in) && !(p.in === 'header' && IGNORED_HEADERS.includes(p.name.toLowerCase()));
  const inBase = new Map(before.filter(counted).map((p) => [p.key, p]));
  const inRev = new Map(after.filter(counted).map((p) => [p.key, p]));
  const moved = movedParameters(inBase, inRev);
  for (const key of [...new Set([...inBase.keys(), ...inRev.keys()])].sort()) {
    const b = inBase.get(key) ?? moved.get(key);
    const r = inRev.get(key) ?? moved.get(key);
    // A moved parameter is reported once, under its new key.
    if (moved.has(key) && !inRev.has(key)) continue;
    const shown = (r ?? b)!;
    const scope: Scope = {
      ...pair.scope,
      direction: 'request',
      area: `${shown.in}-parameter` as Area,
      parameter: { in: shown.in, name: shown.name },
      deprecated: pair.scope.deprecated || b?.node.deprecated === true,
      sunset: (b && sunsetOf(b.node)) ?? pair.scope.sunset,
    };
    if (!r) {
      out.emit('ParameterRemoved', scope, b!.pointer, pair.rev.pointer, { required: required(b!) });
      continue;
    }
    if (!b) {
      out.emit('ParameterAdded', scope, pair.base.pointer, r.pointer, { required: required(r) });
      continue;
    }
    const at = [b.pointer, r.pointer] as const;
    if (b.in !== r.in) out.emit('ParameterLocationChanged', scope, ...at, { from: b.in, to: r.in });
    if (required(b) !== required(r)) out.emit('ParameterRequiredChanged', scope, ...at, { from: required(b), to: required(r) });
    if (b.name !== r.name) out.emit('ParameterRenamed', scope, ...at, { from: b.name, to: r.name });
    if (b.node.deprecated !== true && r.node.deprecated === true) out.emit('DeprecationAdded', scope, ...at, {});
    if (b.node.deprecated === true && r.node.deprecated !== true) out.emit('DeprecationRemoved', scope, ...at, {});
    // Each location has its own default style: a move is reported as a move, not as a new serialisation.
    if (b.in === r.in && style(b) !== style(r)) out.emit('ParameterStyleChanged', scope, ...at, { from: style(b), to: style(r) });
    const sb = schemaOf(out.schemas.base, b.node, b.pointer);
    const sr = schemaOf(out.schemas.rev, r.node, r.pointer);
    out.schema({ ...scope, property: '' }, sb.pointer, sr.pointer, sb.schema, sr.schema);
  }
}

/**
 * Parameters that moved (`filter` from query to header): removed from one location and added
 * under the same name in another. Each key maps to the parameter on the other side, so the pair
 * is compared as one parameter; path parameters never move (they are part of the template).
 */
function movedParameters(inBase: Map<string, Param>, inRev: Map<string, Param>): Map<string, Param> {
  const moved = new Map<string, Param>();
  const name = (p: Param) => p.name.toLowerCase();
  const added = [...inRev.values()].filter((r) => !inBase.has(r.key) && r.in !== 'path');
  for (const b of inBase.values()) {
    if (inRev.has(b.key) || b.in === 'path') continue;
    const r = added.find((a) => name(a) === name(b) && !moved.has(a.key));
    if (!r) continue;
    moved.set(b.key, r);
    moved.set(r.key, b);
  }
  return moved;
}

function required(p: Param): boolean {
  return p.in === 'path' || p.node.required === true;
}

/** Serialisation as the client must write it, defaults filled in (OpenAPI 3 §4.8.12.4). */
function style(p: Param): string {
  // A 2.0 parameter carries its type itself and is serialised by collectionFormat.
  if (p.node.schema === undefined && p.node.content === undefined) return typeof p.node.collectionFormat === 'string' ? p.node.collectionFormat : 'csv';
  const style = typeof p.node.style === 'string' ? p.node.style : p.in === 'query' || p.in === 'cookie' ? 'form' : 'simple';
  const explode = typeof p.node.explode === 'boolean' ? p.node.explode : style === 'form';
  return `${style}${explode ? ', exploded' : ''}`;
}

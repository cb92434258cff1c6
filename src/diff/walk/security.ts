import { joinPointer } from '../../core/pointer.js';
import { isObject } from '../schema/effective.js';
import type { DiffSide } from '../side.js';
import type { Emitter, Scope } from './emitter.js';
import type { Obj } from './openapi.js';
import type { OperationPair, OperationSide } from './operation.js';

/** The alternatives a client may satisfy ("a + b" = both at once), each with its scopes per scheme. */
export interface Requirements {
  pointer: string;
  alternatives: Map<string, Map<string, string[]>>;
  /** No requirement, or an empty one (`{}`): anonymous calls are allowed. */
  public: boolean;
}

/**
 * Security is an OR of ANDs. A client keeps working while an alternative it satisfies is
 * still accepted, so changes are reported per alternative: one added to a public operation,
 * one removed, or scopes added within one.
 */
export function compareSecurity(out: Emitter, base: DiffSide, revision: DiffSide, pair: OperationPair): void {
  compareRequirements(out, { ...pair.scope, direction: 'request', area: 'security' }, requirements(base, pair.base), requirements(revision, pair.rev));
}

/**
 * An AsyncAPI server's `security`: 2.x lists requirement maps like OpenAPI; 3.0 lists security
 * schemes (usually `$ref`s), each one alternative named by its target.
 */
export function serverRequirements(side: DiffSide, server: Obj, pointer: string): Requirements {
  const list = Array.isArray(server.security) ? server.security : [];
  const alternatives = new Map<string, Map<string, string[]>>();
  for (const entry of list) {
    if (isObject(entry) && typeof entry.$ref === 'string') {
      const name = entry.$ref.slice(entry.$ref.lastIndexOf('/') + 1);
      const scheme = side.deref(entry);
      alternatives.set(name, new Map([[name, isObject(scheme) ? scopesOf(scheme.scopes) : []]]));
    } else if (isObject(entry) && typeof entry.type === 'string') {
      alternatives.set(entry.type, new Map([[entry.type, scopesOf(entry.scopes)]]));
    } else if (isObject(entry)) {
      const schemes = Object.keys(entry).sort();
      if (schemes.length > 0) alternatives.set(schemes.join(' + '), new Map(schemes.map((k) => [k, scopesOf(entry[k])])));
    }
  }
  return { pointer: Array.isArray(server.security) ? joinPointer(pointer, 'security') : pointer, alternatives, public: alternatives.size === 0 };
}

export function compareRequirements(out: Emitter, scope: Scope, b: Requirements, r: Requirements): void {
  const flags = { wasPublic: b.public, nowPublic: r.public };
  let added = 0;
  for (const name of r.alternatives.keys()) {
    if (b.alternatives.has(name)) continue;
    out.emit('SecurityRequirementAdded', scope, b.pointer, r.pointer, { requirement: name, ...flags });
    added++;
  }
  for (const name of b.alternatives.keys()) {
    if (!r.alternatives.has(name)) out.emit('SecurityRequirementRemoved', scope, b.pointer, r.pointer, { requirement: name, ...flags });
  }
  // Anonymous access withdrawn while every named alternative stayed: still a new requirement.
  if (b.public && !r.public && added === 0) out.emit('SecurityRequirementRemoved', scope, b.pointer, r.pointer, { requirement: '', ...flags });
  for (const [name, before] of b.alternatives) {
    const after = r.alternatives.get(name);
    if (!after) continue;
    for (const [scheme, scopesB] of before) {
      const scopesR = after.get(scheme) ?? [];
      for (const s of scopesR) if (!scopesB.includes(s)) out.emit('ScopeAdded', scope, b.pointer, r.pointer, { scheme, scope: s });
      for (const s of scopesB) if (!scopesR.includes(s)) out.emit('ScopeRemoved', scope, b.pointer, r.pointer, { scheme, scope: s });
    }
  }
}

function requirements(side: DiffSide, s: OperationSide): Requirements {
  const own = s.op.security;
  const root = (side.root as Obj).security;
  const list = Array.isArray(own) ? own : Array.isArray(root) ? root : [];
  const pointer = Array.isArray(own) ? joinPointer(s.pointer, 'security') : Array.isArray(root) ? '/security' : s.pointer;
  const alternatives = new Map<string, Map<string, string[]>>();
  let anonymous = list.length === 0;
  for (const entry of list) {
    if (!isObject(entry)) continue;
    const schemes = Object.keys(entry).sort();
    if (schemes.length === 0) anonymous = true;
    else alternatives.set(schemes.join(' + '), new Map(schemes.map((k) => [k, scopesOf(entry[k])])));
  }
  return { pointer, alternatives, public: anonymous };
}

function scopesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').sort() : [];
}

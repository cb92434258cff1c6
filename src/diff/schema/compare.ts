import type { EventPayloads, SchemaEventType } from '../events.js';
import type { DiffSide } from '../side.js';
import { compareKeywords } from './keywords.js';
import { effective, isObject, schemaNode, type Effective, type SchemaRef } from './effective.js';

/** The property is readOnly (irrelevant to requests) or writeOnly (irrelevant to responses). */
export type Only = 'read' | 'write';

/** One difference between a pair of schemas, placed relative to each of them. */
export type SchemaChange = {
  [K in SchemaEventType]: {
    type: K;
    payload: EventPayloads[K];
    base: string[];
    rev: string[];
    /** The property the change is about, appended to the property path. */
    name?: string;
    only?: Only;
    /** The base property was deprecated, for the removal policy. */
    deprecated?: boolean;
  };
}[SchemaEventType];

export interface Edge {
  base: string[];
  rev: string[];
  /** Property path step: a property name, "[]" for items, "*" for additionalProperties, "" for a branch. */
  label: string;
  only?: Only;
  /** A union branch that is new, compared with the old schema: its name, for the changes found inside it. */
  branch?: string;
  diff: SchemaDiff;
}

/** The memoised comparison of one pair of schema nodes: its own changes and its sub-pairs. */
export interface SchemaDiff {
  changes: SchemaChange[];
  edges: Edge[];
  /** Some change is reachable from here; set by `finish`. */
  dirty: boolean;
  /** The two nodes are the same JSON with no `$ref` inside: nothing can differ below. */
  same?: boolean;
  parents: SchemaDiff[];
}

/**
 * Compares schemas pairwise, each pair of nodes once: a pair reached again (a shared component,
 * or a cycle) returns the same SchemaDiff, so recursive schemas terminate and shared ones cost
 * nothing the second time. Changes are context-free here; the walker places them in a request
 * or response when it emits events.
 */
export class SchemaComparer {
  private readonly memo = new Map<object, Map<object, SchemaDiff>>();
  private readonly all: SchemaDiff[] = [];
  /** The revision declares every enum complete: `x-extensible-enum: false` at its root or in `info`. */
  private readonly closedEnums: boolean;

  constructor(
    readonly base: DiffSide,
    readonly rev: DiffSide,
  ) {
    const root = isObject(rev.root) ? rev.root : {};
    this.closedEnums = root['x-extensible-enum'] === false || (isObject(root.info) && root.info['x-extensible-enum'] === false);
  }

  compare(baseRaw: unknown, revRaw: unknown): SchemaDiff {
    const b = schemaNode(this.base, baseRaw);
    const r = schemaNode(this.rev, revRaw);
    let row = this.memo.get(b);
    if (!row) this.memo.set(b, (row = new Map()));
    const known = row.get(r);
    if (known) return known;
    const diff: SchemaDiff = { changes: [], edges: [], dirty: false, parents: [] };
    row.set(r, diff);
    // Most pairs are unchanged: the same JSON with no `$ref` inside has nothing to report, and
    // saying so by a raw walk is far cheaper than building both effective schemas.
    const refs = { met: false };
    if (sameJson(b, r, refs) && !refs.met) {
      diff.same = true;
      return diff;
    }
    this.all.push(diff);
    const eb = effective(this.base, b);
    const er = effective(this.rev, r);
    // A union (alternatives and no properties of its own) against a plain schema is compared
    // branch to branch, the plain schema standing as a single branch: `X` → `oneOf: [X, Y]`.
    if (isUnion(eb) !== isUnion(er) && (isUnion(eb) ? !er.branches : !eb.branches)) {
      this.compareBranches(diff, { node: baseRaw, segs: [] }, eb, { node: revRaw, segs: [] }, er);
      return diff;
    }
    if (compareKeywords(eb, er, (c) => diff.changes.push(c), this.closedEnums)) {
      this.compareProperties(diff, eb, er);
      this.compareNested(diff, eb, er);
    }
    // Alternatives beside properties of their own are extra constraints: compared when both sides have them.
    if (eb.branches && er.branches) this.compareBranches(diff, { node: baseRaw, segs: [] }, eb, { node: revRaw, segs: [] }, er);
    return diff;
  }

  /** Marks every pair from which a change is reachable, so emission skips clean subtrees. */
  finish(): void {
    for (const diff of this.all) for (const edge of diff.edges) edge.diff.parents.push(diff);
    const queue = this.all.filter((d) => d.changes.length > 0);
    for (const d of queue) d.dirty = true;
    while (queue.length > 0) {
      for (const parent of queue.pop()!.parents) {
        if (!parent.dirty) {
          parent.dirty = true;
          queue.push(parent);
        }
      }
    }
  }

  private compareProperties(diff: SchemaDiff, eb: Effective, er: Effective): void {
    // Document order, not sorted: output is sorted at the end, and this runs for every pair.
    const names = [...eb.properties.keys()];
    for (const name of er.properties.keys()) if (!eb.properties.has(name)) names.push(name);
    for (const name of names) {
      const bp = eb.properties.get(name);
      const rp = er.properties.get(name);
      if (!bp) {
        const fr = effective(this.rev, rp!.node);
        diff.changes.push({
          type: 'PropertyAdded',
          payload: { name, required: er.required.has(name) },
          base: ['properties'],
          rev: rp!.segs,
          name,
          only: only(fr),
        });
        continue;
      }
      if (!rp) {
        const fb = effective(this.base, bp.node);
        diff.changes.push({
          type: 'PropertyRemoved',
          payload: { name, required: eb.required.has(name) },
          base: bp.segs,
          rev: ['properties'],
          name,
          only: only(fb),
          deprecated: fb.deprecated,
        });
        continue;
      }
      const child = this.compare(bp.node, rp.node);
      const at = { base: bp.segs, rev: rp.segs, name };
      const wasRequired = eb.required.has(name);
      if (wasRequired !== er.required.has(name)) {
        const flags = only(effective(this.rev, rp.node)) ?? only(effective(this.base, bp.node));
        diff.changes.push({ type: wasRequired ? 'RequiredRemoved' : 'RequiredAdded', payload: { name }, ...at, only: flags });
      }
      // The same JSON has the same flags and nothing below it to report.
      if (child.same) continue;
      const fb = effective(this.base, bp.node);
      const fr = effective(this.rev, rp.node);
      if (fb.readOnly !== fr.readOnly) diff.changes.push({ type: 'ReadOnlyChanged', payload: { name, from: fb.readOnly, to: fr.readOnly }, ...at });
      if (fb.writeOnly !== fr.writeOnly) diff.changes.push({ type: 'WriteOnlyChanged', payload: { name, from: fb.writeOnly, to: fr.writeOnly }, ...at });
      if (fb.deprecated !== fr.deprecated) diff.changes.push({ type: fr.deprecated ? 'DeprecationAdded' : 'DeprecationRemoved', payload: {}, ...at });
      diff.edges.push({ base: bp.segs, rev: rp.segs, label: name, only: only(fb) ?? only(fr), diff: child });
    }
  }

  private compareNested(diff: SchemaDiff, eb: Effective, er: Effective): void {
    const from = shape(eb.additional);
    const to = shape(er.additional);
    if (from !== to)
      diff.changes.push({
        type: 'AdditionalPropertiesChanged',
        payload: { from, to },
        base: eb.at?.get('additionalProperties') ?? [],
        rev: er.at?.get('additionalProperties') ?? [],
      });
    if (typeof eb.additional === 'object' && typeof er.additional === 'object') {
      diff.edges.push({ base: eb.additional.segs, rev: er.additional.segs, label: '*', diff: this.compare(eb.additional.node, er.additional.node) });
    }
    if (eb.items && er.items) diff.edges.push({ base: eb.items.segs, rev: er.items.segs, label: '[]', diff: this.compare(eb.items.node, er.items.node) });
  }

  private compareBranches(diff: SchemaDiff, selfB: SchemaRef, eb: Effective, selfR: SchemaRef, er: Effective): void {
    const listB = eb.branches?.list ?? [selfB];
    const listR = er.branches?.list ?? [selfR];
    const keyword = (er.branches ?? eb.branches)!.keyword;
    const pairs = matchBranches(this.base, listB, this.rev, listR);
    // An open object with nothing required that becomes a union of new shapes (GitHub's event
    // `payload` → oneOf sixteen payloads) promised nothing a new branch can break.
    const loose = !eb.branches && !pairs.some(([b, r]) => b && r) && eb.required.size === 0 && eb.additional !== 'none';
    for (const [b, r] of pairs) {
      if (b && r) diff.edges.push({ base: b.segs, rev: r.segs, label: '', diff: this.compare(b.node, r.node) });
      else if (b)
        diff.changes.push({
          type: 'OneOfBranchRemoved',
          payload: { keyword: eb.branches?.keyword ?? keyword, branch: branchName(this.base, b) },
          base: b.segs,
          rev: [],
        });
      else if (r && !eb.branches) {
        // `X` → `anyOf [X, Y]`: a client that reads X may now get Y. In a response what matters is
        // how Y differs from X (a required property it lacks, a wider type), so Y is compared to
        // the old schema there; in a request the new branch only accepts more, and says so.
        diff.changes.push({ type: 'OneOfBranchAdded', payload: { keyword, branch: branchName(this.rev, r) }, base: [], rev: r.segs, only: 'write' });
        if (!loose) {
          const branch = branchKey(r, this.rev) ?? `${keyword}[${r.segs[r.segs.length - 1] ?? 0}]`;
          diff.edges.push({ base: selfB.segs, rev: r.segs, label: '', only: 'read', branch, diff: this.compare(selfB.node, r.node) });
        }
      } else if (r) diff.changes.push({ type: 'OneOfBranchAdded', payload: { keyword, branch: branchName(this.rev, r) }, base: [], rev: r.segs });
    }
  }
}

/** Deep equality of two raw nodes, `$ref`s compared as written (not followed); notes whether one was met. */
function sameJson(a: unknown, b: unknown, refs: { met: boolean }): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i], refs)) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (key === '$ref') refs.met = true;
    if (!Object.hasOwn(b, key) || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], refs)) return false;
  }
  return true;
}

function isUnion(e: Effective): boolean {
  return e.branches !== undefined && e.properties.size === 0;
}

function only(e: Effective): Only | undefined {
  return e.readOnly ? 'read' : e.writeOnly ? 'write' : undefined;
}

function shape(additional: Effective['additional']): 'any' | 'none' | 'schema' {
  return typeof additional === 'object' ? 'schema' : additional;
}

/** A branch's name: its `$ref` target, its title, the targets of its allOf, or a property it fixes to one value. */
function branchKey(ref: SchemaRef, side: DiffSide): string | undefined {
  if (isObject(ref.node) && typeof ref.node.$ref === 'string') return refName(ref.node.$ref);
  const node = schemaNode(side, ref.node);
  if (typeof node.title === 'string') return node.title;
  if (Array.isArray(node.allOf) && node.allOf.length > 0 && node.allOf.every((m) => isObject(m) && typeof m.$ref === 'string')) {
    return node.allOf.map((m) => refName((m as { $ref: string }).$ref)).join(' + ');
  }
  for (const [name, property] of effective(side, ref.node).properties) {
    const values = effective(side, property.node).enum;
    if (values?.length === 1) return `${name}: ${JSON.stringify(values[0])}`;
  }
  return undefined;
}

function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

function branchName(side: DiffSide, ref: SchemaRef): string {
  const types = effective(side, ref.node).types.join('|') || 'any';
  return branchKey(ref, side) ?? (ref.segs.length > 0 ? `#${ref.segs[ref.segs.length - 1]} (${types})` : `the former ${types} schema`);
}

/**
 * Pairs branches by name; then, in order, each remaining inline branch with the next remaining
 * inline branch of the same types (an inline schema whose title changed is the same branch).
 * Branches that are `$ref`s to different components stay apart. Whatever is left was added or removed.
 */
function matchBranches(base: DiffSide, listB: SchemaRef[], rev: DiffSide, listR: SchemaRef[]): Array<[SchemaRef | undefined, SchemaRef | undefined]> {
  const pairs: Array<[SchemaRef | undefined, SchemaRef | undefined]> = [];
  const left = new Set(listR);
  const unmatched: SchemaRef[] = [];
  for (const b of listB) {
    const key = branchKey(b, base);
    const match = key === undefined ? undefined : [...left].find((r) => branchKey(r, rev) === key);
    if (match) {
      left.delete(match);
      pairs.push([b, match]);
    } else unmatched.push(b);
  }
  const inline = (ref: SchemaRef) => !(isObject(ref.node) && typeof ref.node.$ref === 'string');
  const signature = (side: DiffSide, ref: SchemaRef) => effective(side, ref.node).types.join('|');
  for (const b of unmatched) {
    const match = inline(b) ? [...left].find((r) => inline(r) && signature(rev, r) === signature(base, b)) : undefined;
    if (match) left.delete(match);
    pairs.push([b, match]);
  }
  for (const r of left) pairs.push([undefined, r]);
  return pairs;
}

import { dirname, resolve } from 'node:path';
import type { ContractDocument, ContractFile } from '../../contracts/load.js';
import { JsonSourceFile } from '../../core/json-source.js';
import { escapeSegment, fragmentToPointer, joinPointer, parsePointer } from '../../core/pointer.js';
import { YamlEventsSourceFile } from '../../core/yaml-events.js';
import { writtenRefs } from '../oas-nodes.js';
import type { ReplayGuide } from './dag-query.js';
import { URI_ENCODED } from './message.js';
import type { JsonPath } from './types.js';

/** States of the root-file walk of `associate` along a replay: past a `$ref` that the next key is not in, or failed. */
const ANCHORED = Symbol('anchored');
const LOST = Symbol('lost');

const isRef = (node: unknown): node is { $ref: string } =>
  node !== null && typeof node === 'object' && !Array.isArray(node) && typeof (node as { $ref?: unknown }).$ref === 'string';

/** One step of `associate`'s root-file walk (spectral-core's traverseObjUntilRef): the child, ANCHORED on a `$ref` without the key, else LOST. */
function untilRef(node: unknown, key: string): unknown {
  if (node === null || typeof node !== 'object') return LOST;
  if (key in node) return (node as Record<string, unknown>)[key];
  return isRef(node) ? ANCHORED : LOST;
}

/**
 * A document as Spectral's `resolved: true` rules see it: every `$ref` replaced by what it names
 * (a ref that would close a cycle stays a `$ref`, as Spectral's resolver leaves it). Only objects
 * that hold a `$ref` somewhere below are copied, once each; the rest of the tree is the parsed
 * document itself, and every object is shared by all the places that refer to it. Where a result
 * is reported is found as Spectral finds it (`associate`).
 */
export class ResolvedDocument {
  readonly root: unknown;
  private readonly copies = new Map<object, unknown>();
  private readonly active = new Set<object>();
  /** The objects of the files met so far that have a `$ref` in them or below them. */
  private readonly holders = new Set<object>();
  private readonly marked = new Set<ContractFile>();
  private readonly cycles = new Map<ContractFile, CycleCheck>();
  private readonly hops = new Map<object, Hop | null>();
  /** Keys as Spectral's ref map writes them, URI-encoded and read back decoded for `~` only, computed once each. */
  private readonly encodedKeys = new Map<string, string>();

  constructor(private readonly doc: ContractDocument) {
    this.root = this.copy(doc.rootFile.root, doc.rootFile, '');
    // Only the view, and the cycle checks for `associate`, are read from now on.
    this.copies.clear();
    this.holders.clear();
  }

  private cyclesOf(file: ContractFile): CycleCheck {
    let cycles = this.cycles.get(file);
    if (!cycles) this.cycles.set(file, (cycles = new CycleCheck(file.root, (n) => this.hasRef(n))));
    return cycles;
  }

  private copy(node: unknown, file: ContractFile, pointer: string): unknown {
    if (node === null || typeof node !== 'object') return node;
    if (!this.marked.has(file)) {
      this.marked.add(file);
      // JSON, and YAML read without aliases, parse to trees: each object is met once, so the pass needs no memory of where it has been.
      const tree = file.source instanceof JsonSourceFile || file.source instanceof YamlEventsSourceFile;
      if (file.root !== null && typeof file.root === 'object') markHolders(file.root, this.holders, tree ? undefined : new Set());
    }
    if (isRef(node)) {
      const target = this.doc.resolve(node.$ref, file, `${pointer}/$ref`);
      const circular = target !== undefined && target.file === file && this.cyclesOf(file).circular(pointer, target.pointer);
      if (target && !circular && !this.active.has(target.node as object)) return this.copy(target.node, target.file, target.pointer);
    }
    // Nothing to replace below: the parsed object serves as it is.
    if (!this.hasRef(node)) return node;
    const done = this.copies.get(node);
    if (done !== undefined) return done;
    // A shallow clone keeps the parsed object's shape (no property-by-property build); object values are then replaced.
    const out: Record<string, unknown> | unknown[] = Array.isArray(node) ? node.slice() : { ...node };
    this.copies.set(node, out);
    this.active.add(node);
    // Only children with a `$ref` in or below them are copied: the clone already holds the others.
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (item !== null && typeof item === 'object' && this.hasRef(item)) (out as unknown[])[i] = this.copy(item, file, `${pointer}/${i}`);
      }
    } else {
      const keys = Object.keys(node);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const value = (node as Record<string, unknown>)[key];
        if (value !== null && typeof value === 'object' && this.hasRef(value))
          (out as Record<string, unknown>)[key] = this.copy(value, file, `${pointer}/${escapeSegment(key)}`);
      }
    }
    this.active.delete(node);
    return out;
  }

  private hasRef(node: object): boolean {
    return this.holders.has(node);
  }

  /**
   * Where Spectral reports a result at `path` of the resolved document, and the path its
   * `{{property}}` is printed from (spectral-core's `findAssociatedItemForPath`, quirks kept):
   * - the deepest node of the path that exists in the resolved view is looked for in the root
   *   file along the same keys; when that meets no `$ref`, or stops on a `$ref` written with
   *   siblings, the result stays where the root file writes it;
   * - otherwise it follows the refs written along the whole path (Spectral's ref map: not the refs
   *   its resolver left in place), and lands on the deepest existing node of the file it ends in;
   *   the keys after the last ref are looked up as Spectral's ref map writes them, so a key with a
   *   `$`, `+`, `{`, space or `,` (`application/problem+json`) is not found and the result lands
   *   on its parent;
   * - its `{{property}}` then names the last key it landed on, or that key and the missing ones
   *   after it, only when the path went past the last ref (Spectral keeps the part after the
   *   deepest existing key; when the path ends on a ref, nothing).
   * Null where Spectral's look-up fails: the result stays at the resolved path in the root file.
   */
  associate(path: JsonPath): Association | null {
    const keys = path.map(String);
    const existing = closestPath(this.root, keys);
    const root = this.doc.rootFile;
    // traverseObjUntilRef: the keys of the existing path in the root file, until a `$ref` stands where the next key is not.
    let node: unknown = root.root;
    let rest: string[] | undefined;
    for (let i = 0; i < existing.length; i++) {
      const next = untilRef(node, existing[i]);
      if (next === LOST) return null;
      if (next === ANCHORED) {
        rest = existing.slice(i);
        break;
      }
      node = next;
    }
    if (rest === undefined) {
      const pureRef = isRef(node) && Object.keys(node).length === 1;
      if (!pureRef) return { file: root, path: closestPath(root.root, keys), missing: keys };
      rest = [];
    }
    // Spectral's traversal empties the existing path it walks, so a path ending on a ref keeps no missing part.
    const tail = rest.length === 0 ? [] : keys.slice(keys.lastIndexOf(rest[rest.length - 1]) + 1);
    const landed = this.followRefs(keys);
    return { file: landed.file, path: landed.path, missing: [...landed.path, ...tail] };
  }

  /**
   * A guide for a replay over the view (`DagQuery.replay`) that follows its path as `associate`
   * follows a result's path. Once the root-file walk has stopped on a `$ref` (a key past it), where
   * any result below lands depends only on the raw node the refs lead to, the view's object, and
   * the keys from there (and the last key, which `schema` messages and `{{property}}` may name),
   * not on the path that reached them: a subtree met again with the same three would report only
   * findings already reported, when every callback is a core function of `LOCAL_FUNCTIONS`. Such
   * a subtree is skipped. (Box with OWASP: string schemas are met under 27,777 paths, for 2,590 findings.)
   */
  replayGuide(): ReplayGuide {
    const keys: string[] = [];
    const rootNodes: unknown[] = [this.doc.rootFile.root];
    // The state of `followRefs` at each depth: its `at` is `bases[d]` followed by the keys from `froms[d]`.
    const files: ContractFile[] = [];
    const nodes: unknown[] = [];
    const bases: Array<readonly string[]> = [];
    const froms: number[] = [];
    const met = new Map<object, Map<object, Set<string>>>();
    const settle = (depth: number, file: ContractFile, node: unknown, base: readonly string[], from: number) => {
      const end = isRef(node) ? this.chainEnd(node, file, () => [...base, ...keys.slice(from)]) : null;
      if (end) {
        file = end.file;
        node = end.node;
        base = end.path;
        from = depth;
      }
      files[depth] = file;
      nodes[depth] = node;
      bases[depth] = base;
      froms[depth] = from;
    };
    settle(0, this.doc.rootFile, this.doc.rootFile.root, [], 0);
    return {
      enter: (key, value) => {
        const depth = keys.length;
        const k = String(key);
        keys.push(k);
        const up = rootNodes[depth];
        rootNodes[depth + 1] = up === ANCHORED || up === LOST ? up : untilRef(up, k);
        const parent = nodes[depth];
        const node = parent !== null && typeof parent === 'object' && Object.hasOwn(parent, k) ? (parent as Record<string, unknown>)[k] : undefined;
        settle(depth + 1, files[depth], node, bases[depth], froms[depth]);
        const raw = nodes[depth + 1];
        if (rootNodes[depth + 1] !== ANCHORED || value === null || typeof value !== 'object' || raw === null || typeof raw !== 'object') return true;
        // A YAML alias puts one raw object in several places: there its place is not known from the object.
        const source = files[depth + 1].source;
        if (!(source instanceof JsonSourceFile || source instanceof YamlEventsSourceFile)) return true;
        let byRaw = met.get(value);
        if (!byRaw) met.set(value, (byRaw = new Map()));
        let byKey = byRaw.get(raw);
        if (!byKey) byRaw.set(raw, (byKey = new Set()));
        if (byKey.has(k)) {
          keys.pop();
          return false;
        }
        byKey.add(k);
        return true;
      },
      leave: () => void keys.pop(),
    };
  }

  /** The refs the resolver inlined, followed along `keys` from the root file; the deepest existing node where they lead. */
  private followRefs(keys: string[]): { file: ContractFile; path: string[] } {
    // One step per key from the last node (a result is reported under every path that reaches
    // it: Stripe's OWASP run asks this hundreds of thousands of times).
    let file = this.doc.rootFile;
    let at: string[] = [];
    let node: unknown = file.root;
    const follow = () => {
      const end = isRef(node) ? this.chainEnd(node, file, () => at) : null;
      if (end) {
        file = end.file;
        node = end.node;
        at = end.path.slice();
      }
    };
    follow();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      at.push(key);
      node = node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
      follow();
    }
    const written = at.map((key) => {
      let encoded = this.encodedKeys.get(key);
      if (encoded === undefined) this.encodedKeys.set(key, (encoded = key.replace(URI_ENCODED, encodeURIComponent)));
      return encoded;
    });
    return { file, path: closestPath(file.root, written) };
  }

  /** Where a chain of refs to refs the resolver inlined ends, from `ref` written at `at()` in `file`; null when it inlined none. */
  private chainEnd(ref: { $ref: string }, file: ContractFile, at: () => readonly string[]): Hop | null {
    let end: Hop | null = null;
    let node: unknown = ref;
    let where = at;
    // The resolver inlined no cycle; the bound only guards against a chain that never ends.
    for (let hops = 0; hops < 64 && isRef(node); hops++) {
      const hop = this.hop(node, file, where);
      if (!hop) break;
      end = hop;
      node = hop.node;
      file = hop.file;
      where = () => hop.path;
    }
    return end;
  }

  /**
   * Where a ref written at `at()` in `file` leads, when the resolver inlined it (not a cycle); once
   * per ref object of a file parsed as a tree (`at` is read only the first time).
   */
  private hop(ref: { $ref: string }, file: ContractFile, at: () => readonly string[]): Hop | null {
    const known = this.hops.get(ref);
    if (known !== undefined) return known;
    const pointer = joinPointer('', ...at());
    const target = this.doc.resolve(ref.$ref, file, `${pointer}/$ref`);
    const hop =
      !target || (target.file === file && this.cyclesOf(file).circular(pointer, target.pointer))
        ? null
        : { file: target.file, node: target.node, path: parsePointer(target.pointer) };
    // A YAML alias puts one ref object in several places, where the cycle check may answer differently.
    if (file.source instanceof JsonSourceFile || file.source instanceof YamlEventsSourceFile) this.hops.set(ref, hop);
    return hop;
  }
}

interface Hop {
  file: ContractFile;
  node: unknown;
  path: string[];
}

/** Where a result is reported: the file, the existing path in it, and the path `{{property}}` is printed from. */
export interface Association {
  file: ContractFile;
  path: string[];
  missing: string[] | undefined;
}

/** The raw document (`resolved: false`): the deepest existing node of the root file along the path. */
export function associateRaw(file: ContractFile, path: JsonPath): Association {
  const keys = path.map(String);
  return { file, path: closestPath(file.root, keys), missing: keys };
}

/** Spectral's `getClosestJsonPath`: the keys of `keys` that exist, in order, read with `in` as Spectral reads them. */
export function closestPath(data: unknown, keys: readonly string[]): string[] {
  const out: string[] = [];
  let node = data;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (node === null || typeof node !== 'object' || !(key in node)) break;
    out.push(key);
    node = (node as Record<string, unknown>)[key];
  }
  return out;
}

/** The node at `keys` (own keys only), or undefined. */
export function rawAt(data: unknown, keys: readonly string[]): unknown {
  let node = data;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Adds to `holders` the objects at or below `node` that have a `$ref` in or below them; whether
 * `node` is one. With `visited`, an object reached twice (a YAML alias) is looked at once.
 */
function markHolders(node: object, holders: Set<object>, visited: Set<object> | undefined): boolean {
  if (visited) {
    if (visited.has(node)) return holders.has(node);
    visited.add(node);
  }
  let holds = isRef(node);
  // Indexed loops: this runs once per object of the document, before the JIT has optimised it, where for…of allocates per item.
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const item: unknown = node[i];
      if (item !== null && typeof item === 'object' && markHolders(item, holders, visited)) holds = true;
    }
  } else
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      if (value !== null && typeof value === 'object' && markHolders(value, holders, visited)) holds = true;
    }
  if (holds) holders.add(node);
  return holds;
}

/** Every `$ref` target of the files the document reached, as `<absolute file>#<pointer>`. */
export function referencedTargets(doc: ContractDocument): Set<string> {
  const targets = new Set<string>();
  for (const file of doc.files.values()) {
    if (!file) continue;
    // The refs the built-in rules on references collected, when they ran: one walk per file.
    for (const ref of writtenRefs(file).refs) {
      const hash = ref.indexOf('#');
      const filePart = hash === -1 ? ref : ref.slice(0, hash);
      const pointer = hash === -1 ? '' : fragmentToPointer(ref.slice(hash + 1));
      const target = filePart === '' ? file.path : /^[a-z][a-z0-9+.-]*:/i.test(filePart) ? filePart : resolve(dirname(file.path), safeDecode(filePart));
      targets.add(`${target}#${pointer}`);
    }
  }
  return targets;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Spectral's resolver leaves a local `$ref` in place when inlining it would close a cycle: when
 * the ref's target reaches, through the refs written inside it (transitively), a node that
 * contains the ref; and when it names one of the ref's own ancestors. Which refs stay depends on
 * where they are written, not on the path that reached them.
 */
class CycleCheck {
  /** Each ref target's number: what a target reaches is a bit set over them (Stripe: 1,500 targets reaching hundreds each). */
  private readonly numbers = new Map<string, number>();
  /** For each ref target: the targets of the refs written inside it. */
  private readonly deps: number[][] = [];
  private readonly reach: Array<Uint32Array | undefined> = [];

  constructor(root: unknown, holdsRef: (node: object) => boolean) {
    const refs: Array<{ location: string; target: string }> = [];
    // Only subtrees that hold a ref are walked, and a pointer is built only where a ref is found.
    const path: string[] = [];
    const visit = (node: object) => {
      if (isRef(node) && node.$ref.startsWith('#'))
        refs.push({ location: path.length === 0 ? '' : `/${path.join('/')}`, target: fragmentToPointer(node.$ref.slice(1)) });
      const keys = Array.isArray(node) ? undefined : Object.keys(node);
      const count = keys ? keys.length : (node as unknown[]).length;
      for (let i = 0; i < count; i++) {
        const value = (node as Record<string | number, unknown>)[keys ? keys[i] : i];
        if (value === null || typeof value !== 'object' || !holdsRef(value)) continue;
        path.push(keys ? escapeSegment(keys[i]) : String(i));
        visit(value);
        path.pop();
      }
    };
    if (root !== null && typeof root === 'object' && holdsRef(root)) visit(root);
    // Indexed loops over objects, not destructured pairs: for…of allocates per ref before the JIT steps in.
    for (let i = 0; i < refs.length; i++) {
      const { target } = refs[i];
      if (!this.numbers.has(target)) {
        this.numbers.set(target, this.deps.length);
        this.deps.push([]);
      }
    }
    for (let i = 0; i < refs.length; i++) {
      const { location, target } = refs[i];
      const prefixesOfLocation = prefixes(location);
      for (let j = 0; j < prefixesOfLocation.length; j++) {
        const prefix = prefixesOfLocation[j];
        const from = this.numbers.get(prefix);
        if (from === undefined || isPrefix(prefix, target)) continue;
        this.deps[from].push(this.numbers.get(target)!);
      }
    }
  }

  circular(location: string, target: string): boolean {
    if (target !== '' && isPrefix(target, location)) return true;
    const start = this.numbers.get(target);
    if (start === undefined || location === '') return false;
    const reached = this.reachable(start);
    // The location's prefixes (`/a`, `/a/b`, …, the location itself), without building their list: this runs for every ref.
    for (let end = location.indexOf('/', 1); ; end = location.indexOf('/', end + 1)) {
      const n = this.numbers.get(end === -1 ? location : location.slice(0, end));
      if (n !== undefined && (reached[n >>> 5] & (1 << (n & 31))) !== 0) return true;
      if (end === -1) return false;
    }
  }

  private reachable(start: number): Uint32Array {
    let done = this.reach[start];
    if (done) return done;
    done = new Uint32Array((this.deps.length + 31) >>> 5);
    const stack = [start];
    while (stack.length > 0) {
      const deps = this.deps[stack.pop()!];
      for (let i = 0; i < deps.length; i++) {
        const next = deps[i];
        const bit = 1 << (next & 31);
        if (done[next >>> 5] & bit) continue;
        done[next >>> 5] |= bit;
        stack.push(next);
      }
    }
    this.reach[start] = done;
    return done;
  }
}

/** `/a`, `/a/b`, `/a/b/c` for `/a/b/c`. */
function prefixes(pointer: string): string[] {
  const out: string[] = [];
  for (let i = pointer.indexOf('/', 1); i !== -1; i = pointer.indexOf('/', i + 1)) out.push(pointer.slice(0, i));
  if (pointer !== '') out.push(pointer);
  return out;
}

function isPrefix(prefix: string, pointer: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

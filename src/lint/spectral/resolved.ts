import { dirname, resolve } from 'node:path';
import type { ContractDocument, ContractFile } from '../../contracts/load.js';
import { JsonSourceFile } from '../../core/json-source.js';
import { escapeSegment, fragmentToPointer } from '../../core/pointer.js';
import { YamlEventsSourceFile } from '../../core/yaml-events.js';
import { writtenRefs } from '../oas-nodes.js';
import type { JsonPath, Origin } from './types.js';

const isRef = (node: unknown): node is { $ref: string } =>
  node !== null && typeof node === 'object' && !Array.isArray(node) && typeof (node as { $ref?: unknown }).$ref === 'string';

/**
 * A document as Spectral's `resolved: true` rules see it: every `$ref` replaced by what it names
 * (a ref that would close a cycle stays a `$ref`, as Spectral's resolver leaves it). Only objects
 * that hold a `$ref` somewhere below are copied, once each; the rest of the tree is the parsed
 * document itself. Every object is shared by all the places that refer to it and its origin is
 * remembered (or found from its nearest ancestor with one), so a finding maps back to its file
 * and pointer.
 */
export class ResolvedDocument {
  readonly root: unknown;
  private readonly origins = new WeakMap<object, Origin>();
  private readonly copies = new Map<object, unknown>();
  private readonly active = new Set<object>();
  /** The objects of the files met so far that have a `$ref` in them or below them. */
  private readonly holders = new Set<object>();
  private readonly marked = new Set<ContractFile>();
  private readonly cycles = new Map<ContractFile, CycleCheck>();

  constructor(private readonly doc: ContractDocument) {
    this.root = this.copy(doc.rootFile.root, doc.rootFile, '');
    // Only the view and the origins are read from now on.
    this.copies.clear();
    this.cycles.clear();
    this.holders.clear();
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
      let cycles = this.cycles.get(file);
      if (!cycles) this.cycles.set(file, (cycles = new CycleCheck(file.root, (n) => this.hasRef(n))));
      const circular = target !== undefined && target.file === file && cycles.circular(pointer, target.pointer);
      if (target && !circular && !this.active.has(target.node as object)) return this.copy(target.node, target.file, target.pointer);
    }
    if (!this.hasRef(node)) {
      // Nothing to replace below: the parsed object serves as it is. Met here as a ref's target (or
      // as the root), its origin is remembered; an object met only as a child is found from its parent.
      if (!this.origins.has(node)) this.origins.set(node, { file, pointer });
      return node;
    }
    const done = this.copies.get(node);
    if (done !== undefined) return done;
    // A shallow clone keeps the parsed object's shape (no property-by-property build); object values are then replaced.
    const out: Record<string, unknown> | unknown[] = Array.isArray(node) ? node.slice() : { ...node };
    this.copies.set(node, out);
    this.origins.set(out, { file, pointer });
    this.active.add(node);
    // Only children with a `$ref` in or below them are copied: the clone already holds the others,
    // which are located through this copy's origin, as scalars are.
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (item !== null && typeof item === 'object' && this.hasRef(item)) (out as unknown[])[i] = this.copy(item, file, `${pointer}/${i}`);
      }
    } else
      for (const key of Object.keys(node)) {
        const value = (node as Record<string, unknown>)[key];
        if (value !== null && typeof value === 'object' && this.hasRef(value))
          (out as Record<string, unknown>)[key] = this.copy(value, file, `${pointer}/${escapeSegment(key)}`);
      }
    this.active.delete(node);
    return out;
  }

  private hasRef(node: object): boolean {
    return this.holders.has(node);
  }

  /**
   * Where a path of the resolved document is written: the file and pointer of its deepest
   * existing node, and the path cut back to it (Spectral's "closest path").
   */
  locate(path: JsonPath): { origin: Origin; existing: JsonPath } {
    let node = this.root;
    let origin = this.origins.get(node as object) ?? { file: this.doc.rootFile, pointer: '' };
    let tail = '';
    let depth = 0;
    for (const segment of path) {
      if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) break;
      node = (node as Record<string, unknown>)[segment as string];
      depth++;
      const known = node !== null && typeof node === 'object' ? this.origins.get(node) : undefined;
      if (known) {
        origin = known;
        tail = '';
      } else tail += `/${escapeSegment(segment)}`;
    }
    return { origin: { file: origin.file, pointer: origin.pointer + tail }, existing: path.slice(0, depth) };
  }
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

/** The raw document (`resolved: false`): paths are the root file's own. */
export function locateRaw(file: ContractFile, path: JsonPath): { origin: Origin; existing: JsonPath } {
  let node = file.root;
  let pointer = '';
  let depth = 0;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) break;
    node = (node as Record<string, unknown>)[segment as string];
    pointer += `/${escapeSegment(segment)}`;
    depth++;
  }
  return { origin: { file, pointer }, existing: path.slice(0, depth) };
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

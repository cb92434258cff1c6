import { dirname, resolve } from 'node:path';
import type { ContractDocument, ContractFile } from '../../contracts/load.js';
import { escapeSegment, fragmentToPointer } from '../../core/pointer.js';
import type { JsonPath, Origin } from './types.js';

const isRef = (node: unknown): node is { $ref: string } =>
  node !== null && typeof node === 'object' && !Array.isArray(node) && typeof (node as { $ref?: unknown }).$ref === 'string';

/**
 * A document as Spectral's `resolved: true` rules see it: every `$ref` replaced by what it names
 * (a ref that would close a cycle stays a `$ref`, as Spectral's resolver leaves it). Each object
 * is copied once and shared by every place that refers to it, and remembers where it is written,
 * so a finding maps back to its file and pointer.
 */
export class ResolvedDocument {
  readonly root: unknown;
  private readonly origins = new WeakMap<object, Origin>();
  private readonly copies = new Map<object, unknown>();
  private readonly active = new Set<object>();
  private readonly cycles = new Map<ContractFile, CycleCheck>();

  constructor(private readonly doc: ContractDocument) {
    this.root = this.copy(doc.rootFile.root, doc.rootFile, '');
  }

  private copy(node: unknown, file: ContractFile, pointer: string): unknown {
    if (node === null || typeof node !== 'object') return node;
    if (isRef(node)) {
      const target = this.doc.resolve(node.$ref, file, `${pointer}/$ref`);
      let cycles = this.cycles.get(file);
      if (!cycles) this.cycles.set(file, (cycles = new CycleCheck(file.root)));
      const circular = target !== undefined && target.file === file && cycles.circular(pointer, target.pointer);
      if (target && !circular && !this.active.has(target.node as object)) return this.copy(target.node, target.file, target.pointer);
    }
    const done = this.copies.get(node);
    if (done !== undefined) return done;
    const out: Record<string, unknown> | unknown[] = Array.isArray(node) ? [] : {};
    this.copies.set(node, out);
    this.origins.set(out, { file, pointer });
    this.active.add(node);
    if (Array.isArray(node)) node.forEach((item, i) => ((out as unknown[])[i] = this.copy(item, file, `${pointer}/${i}`)));
    else
      for (const key of Object.keys(node))
        (out as Record<string, unknown>)[key] = this.copy((node as Record<string, unknown>)[key], file, `${pointer}/${escapeSegment(key)}`);
    this.active.delete(node);
    return out;
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
    const stack: unknown[] = [file.root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || typeof node !== 'object') continue;
      if (isRef(node)) {
        const hash = node.$ref.indexOf('#');
        const filePart = hash === -1 ? node.$ref : node.$ref.slice(0, hash);
        const pointer = hash === -1 ? '' : fragmentToPointer(node.$ref.slice(hash + 1));
        const target = filePart === '' ? file.path : /^[a-z][a-z0-9+.-]*:/i.test(filePart) ? filePart : resolve(dirname(file.path), safeDecode(filePart));
        targets.add(`${target}#${pointer}`);
      }
      for (const value of Array.isArray(node) ? node : Object.values(node)) if (value !== null && typeof value === 'object') stack.push(value);
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
  /** For each ref target: the targets of the refs written inside it. */
  private readonly deps = new Map<string, Set<string>>();
  private readonly reach = new Map<string, Set<string>>();

  constructor(root: unknown) {
    const refs: Array<[string, string]> = [];
    const visit = (node: unknown, pointer: string) => {
      if (node === null || typeof node !== 'object') return;
      if (isRef(node) && node.$ref.startsWith('#')) refs.push([pointer, fragmentToPointer(node.$ref.slice(1))]);
      if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${pointer}/${i}`));
      else for (const key of Object.keys(node)) visit((node as Record<string, unknown>)[key], `${pointer}/${escapeSegment(key)}`);
    };
    visit(root, '');
    const targets = new Set(refs.map(([, target]) => target));
    for (const [location, target] of refs) {
      for (const prefix of prefixes(location)) {
        if (!targets.has(prefix) || isPrefix(prefix, target)) continue;
        let set = this.deps.get(prefix);
        if (!set) this.deps.set(prefix, (set = new Set()));
        set.add(target);
      }
    }
  }

  circular(location: string, target: string): boolean {
    if (target !== '' && isPrefix(target, location)) return true;
    const reached = this.reachable(target);
    return prefixes(location).some((prefix) => reached.has(prefix));
  }

  private reachable(start: string): Set<string> {
    let done = this.reach.get(start);
    if (done) return done;
    done = new Set();
    const stack = [start];
    while (stack.length > 0) {
      for (const next of this.deps.get(stack.pop()!) ?? []) {
        if (done.has(next)) continue;
        done.add(next);
        stack.push(next);
      }
    }
    this.reach.set(start, done);
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

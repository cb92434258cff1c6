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

  constructor(private readonly doc: ContractDocument) {
    this.root = this.copy(doc.rootFile.root, doc.rootFile, '');
  }

  private copy(node: unknown, file: ContractFile, pointer: string): unknown {
    if (node === null || typeof node !== 'object') return node;
    if (isRef(node)) {
      const target = this.doc.resolve(node.$ref, file, `${pointer}/$ref`);
      if (target && !this.active.has(target.node as object)) return this.copy(target.node, target.file, target.pointer);
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

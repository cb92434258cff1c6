import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { Location } from '../../src/core/diagnostic.js';
import { escapeSegment, getAtPointer, parsePointer } from '../../src/core/pointer.js';
import { LineIndex } from '../../src/core/positions.js';
import { YamlSourceFile } from '../../src/core/source.js';
import type { DiffSide } from '../../src/diff/side.js';

/**
 * A single-file DiffSide for tests, standing in for the contract engine: YAML through the
 * `yaml` AST (positions for free), JSON through JSON.parse plus a lazy scanner that finds a
 * pointer's offset by skipping over siblings, caching each container's keys once it has read them.
 */
export function localSide(file: string, text: string): DiffSide {
  const json = /^\s*[{[]/.test(text);
  let root: unknown;
  let position: (pointer: string) => { line: number; column: number };
  if (json) {
    root = JSON.parse(text);
    const scanner = new JsonScanner(text);
    position = (pointer) => scanner.position(pointer);
  } else {
    const document = parseDocument(text);
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0].message}`);
    root = document.toJS({ maxAliasCount: -1 });
    const source = new YamlSourceFile(`/${file}`, text, document);
    position = (pointer) => source.locate(pointer);
  }
  const deref = (node: unknown): unknown => derefWithPointer(root, node).node;
  return {
    file,
    root,
    deref,
    locate(logical: string): Location {
      const pointer = physical(root, logical);
      return { file, pointer, ...position(pointer) };
    },
  };
}

export function localSideFromFile(path: string, shown = path): DiffSide {
  return localSide(shown, readFileSync(path, 'utf8'));
}

function refOf(node: unknown): string | undefined {
  const ref = (node as { $ref?: unknown } | null)?.$ref;
  return typeof node === 'object' && typeof ref === 'string' && ref.startsWith('#') ? ref.slice(1) : undefined;
}

function derefWithPointer(root: unknown, node: unknown, pointer?: string): { node: unknown; pointer?: string } {
  const seen = new Set<string>();
  let ref = refOf(node);
  while (ref !== undefined && !seen.has(ref)) {
    seen.add(ref);
    pointer = ref;
    node = getAtPointer(root, ref);
    ref = refOf(node);
  }
  return { node, pointer };
}

/** The physical pointer of a logical one: each `$ref` on the way moves to its target. */
function physical(root: unknown, logical: string): string {
  let node = root;
  let pointer = '';
  for (const segment of parsePointer(logical)) {
    const resolved = derefWithPointer(root, node, pointer);
    node = resolved.node;
    pointer = resolved.pointer ?? pointer;
    if (node === null || typeof node !== 'object' || !(segment in (node as object))) break;
    node = (node as Record<string, unknown>)[segment];
    pointer += `/${escapeSegment(segment)}`;
  }
  return pointer;
}

class JsonScanner {
  private readonly lines: LineIndex;
  private readonly children = new Map<number, Map<string, number>>();

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  position(pointer: string): { line: number; column: number } {
    let offset = this.skipSpace(0);
    for (const segment of parsePointer(pointer)) {
      const next = this.childrenOf(offset).get(segment);
      if (next === undefined) break;
      offset = next;
    }
    return this.lines.positionAt(offset);
  }

  private childrenOf(offset: number): Map<string, number> {
    let map = this.children.get(offset);
    if (map) return map;
    map = new Map();
    this.children.set(offset, map);
    const open = this.text.charCodeAt(offset);
    if (open !== 123 && open !== 91) return map;
    let i = this.skipSpace(offset + 1);
    for (let index = 0; this.text.charCodeAt(i) !== 125 && this.text.charCodeAt(i) !== 93 && i < this.text.length; index++) {
      let key = String(index);
      if (open === 123) {
        const end = this.skipString(i);
        key = JSON.parse(this.text.slice(i, end));
        i = this.skipSpace(this.skipSpace(end) + 1);
      }
      map.set(key, i);
      i = this.skipSpace(this.skipValue(i));
      if (this.text.charCodeAt(i) === 44) i = this.skipSpace(i + 1);
    }
    return map;
  }

  private skipSpace(i: number): number {
    const t = this.text;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      i++;
    }
    return i;
  }

  private skipString(i: number): number {
    const t = this.text;
    for (i++; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 34) return i + 1;
    }
    return i;
  }

  private skipValue(i: number): number {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === 34) return this.skipString(i);
    if (c !== 123 && c !== 91) {
      while (i < t.length && !',}] \n\r\t'.includes(t[i])) i++;
      return i;
    }
    let depth = 0;
    for (; i < t.length; i++) {
      const d = t.charCodeAt(i);
      if (d === 34) i = this.skipString(i) - 1;
      else if (d === 123 || d === 91) depth++;
      else if ((d === 125 || d === 93) && --depth === 0) return i + 1;
    }
    return i;
  }
}

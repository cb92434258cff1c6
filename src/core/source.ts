import { relative, sep } from 'node:path';
import { isMap, isScalar, isSeq, visit, type Alias, type Document, type Node } from 'yaml';
import type { Location, Position } from './diagnostic.js';
import { parsePointer } from './pointer.js';
import { LineIndex } from './positions.js';

/**
 * Whether a location names a mapping key (e.g. an unknown key) or its value; `spectral` is the
 * value as Spectral ranges it, where a mapping or list (JSON: object or array) that is a key's
 * value starts right after the key's colon, and anything else is the value.
 */
export type LocateTarget = 'key' | 'value' | 'spectral';

/** A parsed input file that can place JSON pointers at 1-based line/column. */
export interface SourceFile {
  /** Absolute path. */
  readonly path: string;
  /** Path as shown to the user: relative to the working directory, forward slashes. */
  readonly displayPath: string;
  readonly text: string;
  /**
   * The text for searching ASCII patterns: the text itself, or for a JSON file read as bytes those
   * bytes one character each (a non-ASCII character is several characters in \x80–\xff), which
   * needs no decoding of a large file.
   */
  readonly searchText: string;
  /** The position of the node at `pointer`, or of its nearest existing ancestor. */
  locate(pointer: string, target?: LocateTarget): Position;
}

/** A path as shown to the user: relative to `cwd` when one is given (engines never read the process's), else absolute. */
export function displayPath(absolutePath: string, cwd?: string): string {
  const rel = cwd === undefined ? '' : relative(cwd, absolutePath);
  const shown = rel === '' ? absolutePath : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

export function locationOf(source: SourceFile, pointer: string, target?: LocateTarget): Location {
  return { file: source.displayPath, pointer, ...source.locate(pointer, target) };
}

/** A YAML (or JSON read as YAML) file whose AST carries node ranges. */
export class YamlSourceFile implements SourceFile {
  get searchText(): string {
    return this.text;
  }

  readonly displayPath: string;
  private readonly lines: LineIndex;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly document: Document.Parsed,
    shown = displayPath(path),
  ) {
    this.displayPath = shown;
    this.lines = new LineIndex(text);
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  locate(pointer: string, target: LocateTarget = 'value'): Position {
    let node: Node | null | undefined = this.document.contents as Node | null;
    let keyNode: Node | null | undefined;
    for (const segment of parsePointer(pointer)) {
      const next = childOf(node, segment);
      if (!next) break;
      node = next.value;
      keyNode = next.key;
    }
    if (target === 'spectral' && keyNode?.range && (isMap(node) || isSeq(node))) return this.lines.positionAt(this.text.indexOf(':', keyNode.range[1]) + 1);
    const chosen = target === 'key' && keyNode ? keyNode : (node ?? keyNode);
    const offset = chosen?.range?.[0] ?? 0;
    return this.lines.positionAt(offset);
  }
}

function childOf(node: Node | null | undefined, segment: string): { key?: Node; value: Node | null } | undefined {
  if (isMap(node)) {
    // From the last pair: of a key written twice, the value read is the last one's.
    for (let i = node.items.length - 1; i >= 0; i--) {
      const pair = node.items[i];
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (key === segment) {
        const keyNode = pair.key as Node;
        // A key with no value (`name:`) still has a place: the key itself.
        return { key: keyNode, value: (pair.value as Node | null) ?? keyNode };
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    const index = Number(segment);
    const item = Number.isInteger(index) ? node.items[index] : undefined;
    return item ? { value: item as Node } : undefined;
  }
  return undefined;
}

/**
 * An alias inside the node it names (`a: &x { b: *x }`): its value would contain itself, and no
 * walk over it would end. Where it is written, and the problem to report for a `what` (contract,
 * design, ruleset).
 */
export function recursiveAlias(document: Document, what: string): { offset: number; message: string } | undefined {
  let found: Alias | undefined;
  visit(document, {
    Alias(_key, alias, ancestors) {
      const target = alias.resolve(document);
      if (target && ancestors.includes(target)) {
        found = alias;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found && { offset: found.range?.[0] ?? 0, message: `the alias *${found.source} is inside the node it names: expanded, the ${what} would never end` };
}

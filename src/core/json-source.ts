import type { Position } from './diagnostic.js';
import { parsePointer } from './pointer.js';
import { LineIndex } from './positions.js';
import { displayPath as shownPath, type LocateTarget, type SourceFile } from './source.js';

/**
 * A JSON file whose positions are found only when asked for. `JSON.parse` keeps no offsets and
 * no maintained library gives pointer → offset lazily, so this reads the raw text itself:
 * - on the first lookup, one scan pairs every `{`/`[` with its closing bracket (strings are
 *   jumped over with indexOf), so a nested value can later be skipped in one step;
 * - a lookup descends from the root, listing the direct children of each container it enters
 *   (their key and value offsets) and memoising that list, so the next lookup through the same
 *   container costs one Map read.
 * Many lookups thus cost about one pass over the text in total, and a file nobody reports on
 * costs nothing beyond `JSON.parse`.
 */
export class JsonSourceFile implements SourceFile {
  private readonly lines: LineIndex;
  /** Offsets of every opening bracket, ascending, and of the bracket that closes each. */
  private brackets: { open: number[]; close: number[] } | undefined;
  /** Container value offset → its children by key (or index): [key offset or -1, value offset]. */
  private readonly children = new Map<number, Map<string, [number, number]>>();

  constructor(
    readonly path: string,
    readonly text: string,
    readonly displayPath: string = shownPath(path),
  ) {
    this.lines = new LineIndex(text);
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  locate(pointer: string, target: LocateTarget = 'value'): Position {
    let found: [number, number] = [-1, skipSpace(this.text, 0)];
    for (const segment of parsePointer(pointer)) {
      let children = this.children.get(found[1]);
      if (!children) {
        children = this.scanContainer(found[1]);
        this.children.set(found[1], children);
      }
      const entry = children.get(segment);
      if (!entry) break;
      found = entry;
    }
    const offset = target === 'key' && found[0] >= 0 ? found[0] : found[1];
    return this.lines.positionAt(offset);
  }

  /** The direct children of the object or array starting at `start` (none for a scalar). */
  private scanContainer(start: number): Map<string, [number, number]> {
    const text = this.text;
    const open = text.charCodeAt(start);
    const children = new Map<string, [number, number]>();
    if (open !== 123 /* { */ && open !== 91 /* [ */) return children;
    const close = open === 123 ? 125 : 93;
    let i = skipSpace(text, start + 1);
    let index = 0;
    while (i < text.length && text.charCodeAt(i) !== close) {
      let keyOffset = -1;
      let key = String(index++);
      if (open === 123) {
        keyOffset = i;
        const end = skipString(text, i);
        const raw = text.slice(i + 1, end - 1);
        key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        i = skipSpace(text, end);
        i = skipSpace(text, i + 1); // the colon
      }
      children.set(key, [keyOffset, i]);
      i = skipSpace(text, this.skipValue(i));
      if (text.charCodeAt(i) === 44 /* , */) i = skipSpace(text, i + 1);
    }
    return children;
  }

  /** The offset just past the value at `i`: a container in one step through the bracket pairs. */
  private skipValue(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) return skipString(text, i);
    if (c === 123 || c === 91) {
      const { open, close } = (this.brackets ??= pairBrackets(text));
      let low = 0;
      let high = open.length - 1;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (open[mid] < i) low = mid + 1;
        else high = mid;
      }
      return open[low] === i && close[low] >= 0 ? close[low] + 1 : text.length;
    }
    let j = i;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      j++;
    }
    return j;
  }
}

/** One scan over the text: each opening bracket's offset and its closing bracket's (-1 if none). */
function pairBrackets(text: string): { open: number[]; close: number[] } {
  const open: number[] = [];
  const close: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) i = skipString(text, i) - 1;
    else if (c === 123 || c === 91) {
      stack.push(open.length);
      open.push(i);
      close.push(-1);
    } else if ((c === 125 || c === 93) && stack.length > 0) close[stack.pop()!] = i;
  }
  return { open, close };
}

function skipSpace(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
  return i;
}

function skipString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const quote = text.indexOf('"', j);
    if (quote < 0) return text.length;
    let backslashes = 0;
    for (let k = quote - 1; text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    j = quote + 1;
  }
}

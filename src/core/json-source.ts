import type { Position } from './diagnostic.js';
import { parsePointer } from './pointer.js';
import { LineIndex } from './positions.js';
import { displayPath, type LocateTarget, type SourceFile } from './source.js';

/**
 * A JSON file whose positions are found only when asked for. `JSON.parse` keeps no offsets and
 * no maintained library gives pointer → offset lazily, so this scans the raw text: each lookup
 * descends from the nearest container already seen, and every key passed on the way is
 * memoised, so many lookups together cost about one pass over the parts they touch.
 */
export class JsonSourceFile implements SourceFile {
  readonly displayPath: string;
  private readonly lines: LineIndex;
  /** pointer → [key offset (-1 for array items and the root), value offset] */
  private readonly seen = new Map<string, [number, number]>();
  /** Containers whose children are all memoised. */
  private readonly complete = new Set<string>();

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.displayPath = displayPath(path);
    this.lines = new LineIndex(text);
    this.seen.set('', [-1, skipSpace(text, 0)]);
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  locate(pointer: string, target: LocateTarget = 'value'): Position {
    const segments = parsePointer(pointer);
    let current = '';
    let found = this.seen.get('')!;
    for (const segment of segments) {
      const next = `${current}/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      let entry = this.seen.get(next);
      if (!entry && !this.complete.has(current)) {
        this.scanContainer(current, found[1]);
        entry = this.seen.get(next);
      }
      if (!entry) break;
      current = next;
      found = entry;
    }
    const offset = target === 'key' && found[0] >= 0 ? found[0] : found[1];
    return this.lines.positionAt(offset);
  }

  /** Records the offsets of every direct child of the object or array starting at `start`. */
  private scanContainer(pointer: string, start: number): void {
    const text = this.text;
    const open = text.charCodeAt(start);
    this.complete.add(pointer);
    if (open !== 123 /* { */ && open !== 91 /* [ */) return;
    let i = skipSpace(text, start + 1);
    let index = 0;
    while (i < text.length && text.charCodeAt(i) !== (open === 123 ? 125 : 93)) {
      let keyOffset = -1;
      let key = String(index++);
      if (open === 123) {
        keyOffset = i;
        const end = skipString(text, i);
        key = JSON.parse(text.slice(i, end)) as string;
        i = skipSpace(text, end);
        i = skipSpace(text, i + 1); // the colon
      }
      const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      this.seen.set(child, [keyOffset, i]);
      i = skipSpace(text, skipValue(text, i));
      if (text.charCodeAt(i) === 44 /* , */) i = skipSpace(text, i + 1);
    }
  }
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

/** Skips one JSON value; nesting is tracked by depth only, strings skipped whole. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return skipString(text, i);
  if (c !== 123 && c !== 91) {
    let j = i;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      j++;
    }
    return j;
  }
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d === 34) {
      j = skipString(text, j);
      continue;
    }
    if (d === 123 || d === 91) depth++;
    else if (d === 125 || d === 93) {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return j;
}

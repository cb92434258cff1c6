import { isAscii } from 'node:buffer';
import type { Position } from './diagnostic.js';
import { parsePointer } from './pointer.js';
import { scanJson, type JsonScan } from './json-scan.js';
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
  private brackets: { open: ArrayLike<number>; close: ArrayLike<number> } | undefined;
  /** Line starts and bracket pairs from one pass over the bytes, when the file was read as bytes. */
  private scanned: JsonScan | undefined;
  /** Container value offset → its children by key (or index): [key offset or -1, value offset]. */
  private readonly children = new Map<number, Map<string, [number, number]>>();
  private decoded: string | undefined;
  private readonly located = new Map<string, Position>();

  /**
   * `scan` is the text offsets count in. With `bytes` (the file as read), `scan` is those bytes
   * read as Latin-1 (one character per byte; see `decodeJsonBytes`), lines and brackets are
   * found by one pass over the bytes, and unless `ascii`, positions and keys are translated
   * back to the UTF-8 text.
   */
  constructor(
    readonly path: string,
    private readonly scan: string,
    readonly displayPath: string = shownPath(path),
    private readonly bytes?: Buffer,
    ascii = true,
  ) {
    this.utf8 = bytes && !ascii ? bytes : undefined;
    this.lines = new LineIndex(scan, bytes ? () => this.byteScan().lineStarts : undefined);
  }

  private readonly utf8: Buffer | undefined;

  private byteScan(): JsonScan {
    return (this.scanned ??= scanJson(this.bytes!));
  }

  /** How many keys the file writes, when it was read as bytes (its scan counts them); else undefined. */
  writtenKeys(): number | undefined {
    return this.bytes ? this.byteScan().keys : undefined;
  }

  get searchText(): string {
    return this.scan;
  }

  get text(): string {
    return (this.decoded ??= this.utf8 ? this.utf8.toString('utf8') : this.scan);
  }

  positionAt(offset: number): Position {
    const position = this.lines.positionAt(offset);
    if (!this.utf8) return position;
    const before = this.scan.slice(offset - position.column + 1, offset);
    return NON_ASCII.test(before) ? { line: position.line, column: utf16Length(before) + 1 } : position;
  }

  locate(pointer: string, target: LocateTarget = 'value'): Position {
    // Rules meet at the same nodes (OWASP's two string rules on each string schema): each place is found once.
    const key = `${target}\0${pointer}`;
    let position = this.located.get(key);
    if (!position) this.located.set(key, (position = this.find(pointer, target)));
    return position;
  }

  private find(pointer: string, target: LocateTarget): Position {
    let found: [number, number] = [-1, skipSpace(this.scan, 0)];
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
    if (target === 'spectral' && found[0] >= 0) {
      // An object or array that is a property's value starts right after the colon, as Spectral ranges it.
      const open = this.scan.charCodeAt(found[1]);
      if (open === 123 /* { */ || open === 91 /* [ */) return this.positionAt(this.scan.indexOf(':', skipString(this.scan, found[0])) + 1);
    }
    const offset = target === 'key' && found[0] >= 0 ? found[0] : found[1];
    return this.positionAt(offset);
  }

  /** The key whose string runs from `start` (its opening quote) to `end` (just past its closing one) in `searchText`, decoded. */
  keyAt(start: number, end: number): string {
    let raw = this.scan.slice(start + 1, end - 1);
    if (this.utf8 && NON_ASCII.test(raw)) raw = Buffer.from(raw, 'latin1').toString('utf8');
    return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
  }

  /** The direct children of the object or array starting at `start` (none for a scalar). */
  private scanContainer(start: number): Map<string, [number, number]> {
    const text = this.scan;
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
        key = this.keyAt(i, end);
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
    const text = this.scan;
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) return skipString(text, i);
    if (c === 123 || c === 91) {
      const { open, close } = (this.brackets ??= this.bytes ? this.byteScan() : pairBrackets(text));
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

const NON_ASCII = /[\x80-\xff]/;

/** UTF-16 code units in a Latin-1 view of UTF-8 bytes: continuation bytes add none, 4-byte sequences two. */
function utf16Length(bytes: string): number {
  let units = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    if (c < 0x80 || c >= 0xc0) units += c >= 0xf0 ? 2 : 1;
  }
  return units;
}

/**
 * JSON bytes as the text to give `JSON.parse` and the text to scan for positions. Decoding
 * UTF-8 costs more than parsing (GitHub's 11 MB description holds 89 non-ASCII bytes, and one
 * makes V8 build a two-byte string twice the size), so the bytes are read as Latin-1, which
 * is a copy; runs of non-ASCII bytes, legal only inside strings, are rewritten as `\\u`
 * escapes of their UTF-8 decoding for the parser, so every string it returns is exact.
 */
export function decodeJsonBytes(bytes: Buffer): { parse: string; scan: string; ascii: boolean } {
  const scan = bytes.toString('latin1');
  if (isAscii(bytes)) return { parse: scan, scan, ascii: true };
  // The few non-ASCII bytes sit in a few places: find the chunks that hold some with the native
  // isAscii, then each run in them by a regular expression; the text between runs is passed on as
  // slices, not copies.
  const CHUNK = 65_536;
  const parts: string[] = [];
  const run = /[\x80-\xff]+/g;
  let done = 0;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    if (end <= done || isAscii(bytes.subarray(start, end))) continue;
    run.lastIndex = Math.max(start, done);
    // A run may cross into the next chunk: the expression takes it whole.
    for (let found = run.exec(scan); found !== null && found.index < end; found = run.exec(scan)) {
      parts.push(scan.slice(done, found.index), escapeNonAscii(bytes.subarray(found.index, run.lastIndex)));
      done = run.lastIndex;
    }
  }
  parts.push(scan.slice(done));
  return { parse: parts.join(''), scan, ascii: false };
}

/** A run of UTF-8 bytes beyond ASCII as the `\\u` escapes of its characters. */
function escapeNonAscii(run: Buffer): string {
  const decoded = run.toString('utf8');
  let escaped = '';
  for (let i = 0; i < decoded.length; i++) escaped += `\\u${decoded.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
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

/** The offset just past the JSON string whose opening quote is at `i` (escaped quotes skipped). */
export function skipString(text: string, i: number): number {
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

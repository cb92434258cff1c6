import { EVENT_ID, getScalarValue, type Event } from 'js-yaml';
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { ContractFile } from '../../contracts/load.js';
import { YamlSourceFile } from '../../core/source.js';
import { YamlEventsSourceFile } from '../../core/yaml-events.js';
import { JsonSourceFile, skipString } from '../../core/json-source.js';

/**
 * What Spectral's parser reports about a document besides syntax errors (which stop archway
 * before any rule runs): a key written twice in one mapping (`duplicateKeys`), and in YAML a key
 * that is not a string (`incompatibleValues`: `200:` is a number). Both are results of code
 * `parser` whose severities a ruleset sets in `parserOptions`. Only the root file is read, as
 * Spectral reports the parser's diagnostics of the document it lints.
 */
export interface ParserDiagnostic {
  option: 'duplicateKeys' | 'incompatibleValues';
  message: string;
  /** The key's path, keys as written. */
  path: string[];
}

export function parserDiagnostics(file: ContractFile): ParserDiagnostic[] {
  if (file.source instanceof YamlEventsSourceFile) return yamlDiagnostics(file.source.text, file.source.events);
  if (file.source instanceof YamlSourceFile) return documentDiagnostics(file.source.text, file.source.document);
  if (!(file.source instanceof JsonSourceFile)) return [];
  // Keys written (counted by the scan positions need anyway) against keys parsed: equal unless one is written twice.
  return file.source.writtenKeys() === parsedKeys(file.root) ? [] : jsonDuplicates(file.source);
}

function parsedKeys(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) count += parsedKeys(value[i]);
  else
    for (const key in value) {
      count += 1 + parsedKeys((value as Record<string, unknown>)[key]);
    }
  return count;
}

/**
 * Keys written twice in a JSON file: one pass over its structure, strings skipped by indexOf.
 * It reads the text positions count in (UTF-8 bytes as Latin-1 when read as bytes), so a large
 * file with a few non-ASCII characters is not decoded into a two-byte string twice its size.
 */
function jsonDuplicates(source: JsonSourceFile): ParserDiagnostic[] {
  const text = source.searchText;
  const out: ParserDiagnostic[] = [];
  // Per open container: its keys so far (objects) or its next index (arrays), and its path segment.
  // A frame is reused by the next container at its depth, so the pass allocates a Set per depth, not per object.
  const frames: Array<{ object: boolean; keys: Set<string>; index: number; segment: string | number }> = [];
  let depth = 0;
  let expectKey = false;
  let pendingKey = '';
  const path = () => frames.slice(1, depth).map((frame) => String(frame.segment));
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const end = skipString(text, i);
      const top = frames[depth - 1];
      if (top?.object && expectKey) {
        const key = source.keyAt(i, end);
        if (top.keys.has(key)) out.push({ option: 'duplicateKeys', message: `Duplicate key: ${key}`, path: [...path(), key] });
        top.keys.add(key);
        pendingKey = key;
        expectKey = false;
      }
      i = end - 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const parent = frames[depth - 1];
      const segment = !parent ? '' : parent.object ? pendingKey : parent.index;
      const frame = (frames[depth] ??= { object: false, keys: new Set(), index: 0, segment });
      frame.object = c === 123;
      frame.segment = segment;
      frame.index = 0;
      frame.keys.clear();
      depth++;
      expectKey = c === 123;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth > 0) depth--;
      expectKey = false;
    } else if (c === 44 /* , */) {
      const top = frames[depth - 1];
      if (top?.object) expectKey = true;
      else if (top) top.index++;
    }
  }
  return out;
}

/** @stoplight/yaml-ast-parser's `determineScalarType` for a plain scalar, as the type the message names. */
function plainType(value: string): 'null' | 'boolean' | 'number' | 'string' {
  if (['null', 'Null', 'NULL', '~', ''].includes(value)) return 'null';
  if (['true', 'True', 'TRUE', 'false', 'False', 'FALSE'].includes(value)) return 'boolean';
  if (/^[-+]?[0-9]+$/.test(value) || /^0o[0-7]+$/.test(value) || /^0x[0-9a-fA-F]+$/.test(value)) return 'number';
  if (
    /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(value) ||
    /^[-+]?(\.inf|\.Inf|\.INF)$/.test(value) ||
    ['.nan', '.NaN', '.NAN'].includes(value)
  )
    return 'number';
  return 'string';
}

/** The key as Spectral's parser turns it into a property name (`String` of the scalar's value): duplicates compare these. */
function keyText(value: string, type: ReturnType<typeof plainType>): string {
  if (type === 'null') return 'null';
  if (type === 'boolean') return String(value.toLowerCase() === 'true');
  if (type === 'number') {
    const n = /^0o/.test(value)
      ? Number.parseInt(value.slice(2), 8)
      : /^[-+]?\.(inf|Inf|INF)$/.test(value)
        ? value.startsWith('-')
          ? -Infinity
          : Infinity
        : /^\.nan$/i.test(value)
          ? Number.NaN
          : Number(value);
    return String(n);
  }
  return value;
}

/** Keys of the event stream's mappings: duplicates (by their text) and plain scalars that are not strings. */
function yamlDiagnostics(text: string, events: readonly Event[]): ParserDiagnostic[] {
  const out: ParserDiagnostic[] = [];
  // A complex key (a mapping or sequence as key) is skipped whole: Spectral reports it otherwise, and archway reads no such contract fast.
  const stack: Array<{ keys: Set<string> | undefined; index: number; segment: string; awaitingKey: boolean; isKey: boolean }> = [];
  let pendingKey = '';
  let insideKey = 0;
  const path = () => stack.slice(1).map((frame) => frame.segment);
  for (const event of events) {
    const top = stack.at(-1);
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const isKey = insideKey > 0 || (top?.keys !== undefined && top.awaitingKey);
      if (isKey) insideKey++;
      const segment = !top ? '' : top.keys ? pendingKey : String(top.index++);
      if (top?.keys) top.awaitingKey = isKey ? false : true;
      stack.push({ keys: event.type === EVENT_ID.MAPPING ? new Set() : undefined, index: 0, segment, awaitingKey: true, isKey });
    } else if (event.type === EVENT_ID.POP) {
      if (stack.pop()?.isKey) insideKey--;
    } else if (insideKey > 0) continue;
    else if (event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS) {
      if (!top) continue;
      if (!top.keys) {
        top.index++;
        continue;
      }
      if (!top.awaitingKey) {
        top.awaitingKey = true;
        continue;
      }
      top.awaitingKey = false;
      if (event.type !== EVENT_ID.SCALAR) continue;
      const value = getScalarValue(text, event);
      judgeKey(value, event.style === 1 && event.tagStart < 0, top.keys, path, out);
      pendingKey = value;
    }
  }
  return out;
}

/**
 * A mapping key as Spectral's parser judges it: a plain scalar that is not a string is an
 * incompatible value, and a key already in `keys` (compared by value, `<<` aside) a duplicate.
 * Paths name a key as written (`~`, `0x1F`), as Spectral's parser builds them and archway locates them.
 */
function judgeKey(value: string, plain: boolean, keys: Set<string>, path: () => string[], out: ParserDiagnostic[]): void {
  const type = plain ? plainType(value) : 'string';
  const key = keyText(value, type);
  if (type !== 'string')
    out.push({ option: 'incompatibleValues', message: `Mapping key must be a string scalar rather than ${type}`, path: [...path(), value] });
  if (key === '<<') return;
  if (keys.has(key)) out.push({ option: 'duplicateKeys', message: `Duplicate key: ${value}`, path: [...path(), value] });
  keys.add(key);
}

/**
 * The same judgement over a document the full YAML parser read (one with anchors and aliases):
 * its nodes as written, an alias not followed, a complex key skipped whole.
 */
function documentDiagnostics(text: string, document: Document.Parsed): ParserDiagnostic[] {
  const out: ParserDiagnostic[] = [];
  const segments: string[] = [];
  const path = () => [...segments];
  const visit = (node: unknown) => {
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const plain = pair.key.type === 'PLAIN' && pair.key.tag === undefined;
        // A plain key's text as written; a quoted one's value.
        const value = plain ? text.slice(pair.key.range[0], pair.key.range[1]) : String(pair.key.value);
        judgeKey(value, plain, keys, path, out);
        segments.push(value);
        visit(pair.value);
        segments.pop();
      }
    } else if (isSeq(node))
      node.items.forEach((item, i) => {
        segments.push(String(i));
        visit(item);
        segments.pop();
      });
  };
  visit(document.contents);
  return out;
}

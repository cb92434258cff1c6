import { EVENT_ID, getScalarValue, type Event } from 'js-yaml';
import type { ContractFile } from '../../contracts/load.js';
import { YamlEventsSourceFile } from '../../core/yaml-events.js';
import { skipString } from '../../core/json-source.js';

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
  const text = file.source.text;
  return text.trimStart().startsWith('{') || text.trimStart().startsWith('[') ? jsonDuplicates(text) : [];
}

/** Keys written twice in a JSON text: one pass over its structure, strings skipped by indexOf. */
function jsonDuplicates(text: string): ParserDiagnostic[] {
  const out: ParserDiagnostic[] = [];
  // Per open container: its keys so far (objects) or its next index (arrays), and its path segment.
  const stack: Array<{ keys: Set<string> | undefined; index: number; segment: string }> = [];
  let expectKey = false;
  let pendingKey: string | undefined;
  const path = () => stack.slice(1).map((frame) => frame.segment);
  const segmentForValue = () => {
    const top = stack.at(-1);
    if (!top) return '';
    if (top.keys) return pendingKey ?? '';
    return String(top.index);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const end = skipString(text, i);
      const top = stack.at(-1);
      if (top?.keys && expectKey) {
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        if (top.keys.has(key)) out.push({ option: 'duplicateKeys', message: `Duplicate key: ${key}`, path: [...path(), key] });
        top.keys.add(key);
        pendingKey = key;
        expectKey = false;
      }
      i = end - 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      stack.push({ keys: c === 123 ? new Set() : undefined, index: 0, segment: segmentForValue() });
      expectKey = c === 123;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      const top = stack.at(-1);
      if (top?.keys) expectKey = true;
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
      const plain = event.style === 1 && event.tagStart < 0;
      const value = getScalarValue(text, event);
      const type = plain ? plainType(value) : 'string';
      const key = keyText(value, type);
      // Paths name a key as written (`~`, `0x1F`), as Spectral's parser builds them and archway locates them; keys compare by value.
      if (type !== 'string')
        out.push({ option: 'incompatibleValues', message: `Mapping key must be a string scalar rather than ${type}`, path: [...path(), value] });
      if (key !== '<<') {
        if (top.keys.has(key)) out.push({ option: 'duplicateKeys', message: `Duplicate key: ${value}`, path: [...path(), value] });
        top.keys.add(key);
      }
      pendingKey = value;
    }
  }
  return out;
}

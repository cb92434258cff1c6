import type { JsonPath } from './types.js';

/** Spectral's `printValue`: strings quoted, objects as `Object{}`, arrays as `Array[]`. */
export function printValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'Array[]';
  if (value instanceof RegExp) return value.source;
  if (value !== null && typeof value === 'object') return 'Object{}';
  return JSON.stringify(value);
}

/** What @stoplight/json's `encodeUriPointer` percent-encodes in a pointer segment: `$`, `+`, `{`, `,`, spaces, non-ASCII letters. */
export const URI_ENCODED = /[^a-zA-Z0-9_.!~*'()/-]/gu;

/** A path as Spectral's `{{path}}` prints it: a URI-encoded JSON pointer fragment (`#/paths/~1pets~1%7Bid%7D`). */
export function printPointer(path: JsonPath): string {
  if (path.length === 0) return '#';
  return `#/${path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1').replace(URI_ENCODED, encodeURIComponent)).join('/')}`;
}

/**
 * A path as Spectral's `{{property}}` prints it (spectral-runtime's `printPath`, dot style):
 * keys joined by dots, and in brackets a number (`[0]`), an empty key (`['']`) or a key with a
 * space (`['a b']`).
 */
export function printDotPath(path: readonly string[]): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (key.length === 0) out += "['']";
    else if (/\s/.test(key)) out += `['${key}']`;
    else if (!Number.isNaN(Number(key))) out += `[${key}]`;
    else out += i === 0 ? key : `.${key}`;
  }
  return out.replace(/~1/g, '/').replace(/~0/g, '~');
}

export interface MessageValues {
  property: string;
  error: string;
  path: string;
  description?: string;
  value: unknown;
}

const TEMPLATE = /#?\{\{([^}\n]+)\}\}/g;

/**
 * Fills a message template as Spectral does: `{{name}}` is a value (unknown → ""), and
 * `#{{ … }}` is an expression: `print("property")`, `print("value")`, string literals,
 * names, `.toUpperCase()` and `+` to join them.
 */
export function fillMessage(template: string, values: MessageValues): string {
  return template.replace(TEMPLATE, (whole, identifier: string) => {
    if (whole.startsWith('#')) return evaluate(identifier.trim(), values);
    if (!(identifier in values)) return '';
    const value = (values as unknown as Record<string, unknown>)[identifier];
    return String(value);
  });
}

function evaluate(expression: string, values: MessageValues): string {
  return expression
    .split(/\s*\+\s*/)
    .map((term) => {
      const upper = /^(.+)\.toUpperCase\(\)$/.exec(term);
      if (upper) return String(evaluateTerm(upper[1], values)).toUpperCase();
      const call = /^toUpperCase\((.+)\)$/.exec(term);
      if (call) return String(evaluateTerm(call[1], values)).toUpperCase();
      return evaluateTerm(term, values);
    })
    .join('');
}

function evaluateTerm(term: string, values: MessageValues): string {
  const literal = /^"([^"]*)"$|^'([^']*)'$/.exec(term);
  if (literal) return literal[1] ?? literal[2];
  const print = /^print\(\s*["']([^"']*)["']\s*\)$/.exec(term);
  if (print) {
    const type = print[1];
    if (type === 'property') return values.property !== '' ? `"${values.property}" property ` : 'The document ';
    if (type === 'value') return printValue(values.value);
    const value = (values as unknown as Record<string, unknown>)[type];
    return value === undefined || value === null ? '' : String(value);
  }
  const value = (values as unknown as Record<string, unknown>)[term];
  return value === undefined || value === null ? '' : String(value);
}

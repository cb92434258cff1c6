import { isObject } from '../lint/helpers.js';
import { declaredResponse } from './plan.js';
import type { Exchange, PlannedOperation, Purpose } from './types.js';

/** Where list responses keep their items, in the order they are tried. */
const ITEM_KEYS = ['items', 'data', 'results', 'records', 'entries', 'values', 'elements', 'entities'];

/** The items of a list response: the body itself when it is an array, else its one array of objects. */
export function listItems(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (!isObject(body)) return undefined;
  for (const key of ITEM_KEYS) if (Array.isArray(body[key])) return body[key];
  const arrays = Object.values(body).filter((v) => Array.isArray(v) && v.every(isObject));
  return arrays.length === 1 ? (arrays[0] as unknown[]) : undefined;
}

/** An item's id: the field named like the item path's parameter (`taskId`, `task_id`), its last word (`workspace_gid` → `gid`), else `id`. */
export function itemId(item: unknown, parameter?: string): string | undefined {
  if (!isObject(item)) return undefined;
  const snake = parameter?.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const last = snake?.split('_').pop();
  const names = [parameter, snake, last, 'id', 'gid', 'uuid', 'key', 'slug'].filter((n): n is string => Boolean(n));
  for (const name of names) {
    const value = item[name];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

/** Where list responses point to the next page, in the order they are tried. */
const NEXT_PATHS = [
  ['next'],
  ['next_cursor'],
  ['nextCursor'],
  ['next_page_token'],
  ['nextPageToken'],
  ['links', 'next'],
  ['_links', 'next', 'href'],
  ['pagination', 'next_cursor'],
  ['pagination', 'nextCursor'],
  ['meta', 'next_cursor'],
  ['meta', 'nextCursor'],
  ['cursor', 'next'],
];

/** The next page of a list response: a link (URL or path) or a cursor; null when the response says there is none. */
export function nextPage(exchange: Exchange): { link?: string; cursor?: string } | null {
  const link = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(exchange.headers.link ?? '');
  if (link) return { link: link[1] };
  for (const path of NEXT_PATHS) {
    let value: unknown = exchange.json;
    for (const key of path) value = isObject(value) ? value[key] : undefined;
    if (isObject(value) && typeof value.href === 'string') value = value.href;
    if (typeof value === 'string' && value !== '') return /^(https?:\/\/|\/)/.test(value) ? { link: value } : { cursor: value };
  }
  return null;
}

/** Query parameters that carry a cursor to the next page. */
export const CURSOR_PARAMS = /^(cursor|after|page_?token|pageToken|starting_after|continuation_?token|continuationToken|marker|next)$/i;
/** Query parameters that bound a page's size. */
export const PAGE_SIZE_PARAMS = /^(limit|page_?size|pageSize|per_?page|perPage|size|max_?results|maxResults|top|count|\$top)$/i;

/** The media type without parameters, lower case. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** Whether a declared media type (`application/json`, `application/*`, a `+json` suffix) covers the one sent. */
export function mediaMatches(declared: string, sent: string): boolean {
  const d = declared.toLowerCase().split(';')[0].trim();
  if (d === '*/*' || d === sent) return true;
  if (d.endsWith('/*')) return sent.startsWith(d.slice(0, -1));
  return false;
}

export function isJsonMedia(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}

/**
 * Whether a body is one of the contract's own examples for that response. A mock answers with
 * them whatever was sent, so such an answer shows nothing about state: probes that need state
 * report it as `info`, not as a broken promise.
 */
export function isContractExample(op: PlannedOperation, exchange: Exchange): boolean {
  if (exchange.status === null || exchange.json === undefined) return false;
  const response = declaredResponse(op, exchange.status);
  if (!response || !isObject(response.node.content)) return false;
  const text = JSON.stringify(exchange.json);
  for (const media of Object.values(response.node.content)) {
    if (!isObject(media)) continue;
    const examples = [media.example, ...Object.values(isObject(media.examples) ? media.examples : {}).map((e) => (isObject(e) ? e.value : undefined))];
    const schemaExample = isObject(media.schema) ? media.schema.example : undefined;
    if ([...examples, schemaExample].some((e) => e !== undefined && JSON.stringify(e) === text)) return true;
  }
  return false;
}

/** Requests sent to provoke an error: their answers must use the contract's error shape. */
export const PROVOKED = new Set<Purpose>(['no-auth', 'bad-auth', 'invalid-param', 'unknown-id', 'wrong-method', 'wrong-media-type', 'over-limit', 'conflict']);

/** A valid request that got an answer below 500: what the passive probes judge. */
export function answered(exchange: Exchange): exchange is Exchange & { op: PlannedOperation; status: number } {
  return exchange.op !== undefined && exchange.purpose === 'valid' && exchange.status !== null && exchange.status < 500;
}

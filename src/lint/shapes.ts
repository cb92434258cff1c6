import type { ContractDocument } from '../contracts/load.js';
import type { At } from '../contracts/walk.js';
import { childAt, isObject, resolveAt } from './helpers.js';

/** Property names that identify a resource. */
const ID = /^(id|gid|uuid|sid|key)$/i;

/**
 * The body returns something with its id: at the top (`{ id }`), in `allOf`, or one level down
 * in a wrapper (`{ data: { gid } }`, `{ droplet: { id } }`).
 */
export function returnsId(doc: ContractDocument, schema: unknown, at: At, depth = 0): boolean {
  const s = resolveAt(doc, schema, at);
  if (!isObject(s.node) || depth > 3) return false;
  const properties: Record<string, unknown> = isObject(s.node.properties) ? s.node.properties : {};
  if (Object.keys(properties).some((k) => ID.test(k))) return true;
  if ((Array.isArray(s.node.allOf) ? s.node.allOf : []).some((part: unknown, i: number) => returnsId(doc, part, childAt(s, 'allOf', String(i)), depth + 1))) return true;
  return depth === 0 && Object.entries(properties).some(([name, value]) => returnsId(doc, value, childAt(s, 'properties', name), depth + 2));
}

/** Response bodies with where each schema is written, so refs resolve (and fail) at their own place. */
export function bodySchemasAt(response: { node: Record<string, any>; at: At }): Array<{ type: string; schema: unknown; at: At }> {
  if (isObject(response.node.content)) return Object.entries(response.node.content).map(([type, media]) => ({ type, schema: (media as any)?.schema, at: childAt(response, 'content', type, 'schema') }));
  return response.node.schema !== undefined ? [{ type: 'application/json', schema: response.node.schema, at: childAt(response, 'schema') }] : [];
}

import type { ContractDocument } from '../contracts/load.js';
import type { At } from '../contracts/walk.js';
import { childAt, isObject, resolveAt } from './helpers.js';

/** A last segment that names an action on what precedes it (`addFollowers`, `cancel`, `set_parent`), not a collection. */
export const ACTION =
  /^(add|remove|set|unset|cancel|capture|confirm|pay|void|verify|approve|decline|reject|accept|submit|detach|attach|reverse|finalize|send|resend|mark|close|reopen|apply|resume|pause|start|stop|restart|reset|enable|disable|archive|unarchive|move|lock|unlock|present|expire|refresh|retry|sync|activate|deactivate|publish|unpublish|duplicate|convert|assign|unassign|link|unlink|join|leave|revoke|rotate|transfer|upgrade|downgrade|trigger|undo|redo|acknowledge|ack|run|rerun|dismiss|resolve|follow|unfollow|insert|reorder|validate)([A-Z_-]|$)/;

/** Property names that identify a resource. */
const ID = /^\$?(id|gid|uuid|sid|key)$/i;

/**
 * The body returns something with its id: at the top (`{ id }`), in `allOf`, or one level down
 * in a wrapper (`{ data: { gid } }`, `{ droplet: { id } }`).
 */
export function returnsId(doc: ContractDocument, schema: unknown, at: At, wrapped = false, depth = 0): boolean {
  const s = resolveAt(doc, schema, at);
  if (!isObject(s.node) || depth > 8) return false;
  const properties: Record<string, unknown> = isObject(s.node.properties) ? s.node.properties : {};
  if (Object.keys(properties).some((k) => ID.test(k))) return true;
  if (
    (Array.isArray(s.node.allOf) ? s.node.allOf : []).some((part: unknown, i: number) =>
      returnsId(doc, part, childAt(s, 'allOf', String(i)), wrapped, depth + 1),
    )
  )
    return true;
  return !wrapped && Object.entries(properties).some(([name, value]) => returnsId(doc, value, childAt(s, 'properties', name), true, depth + 1));
}

/** Response bodies with where each schema is written, so refs resolve (and fail) at their own place. */
export function bodySchemasAt(response: { node: Record<string, any>; at: At }): Array<{ type: string; schema: unknown; at: At }> {
  if (isObject(response.node.content))
    return Object.entries(response.node.content).map(([type, media]) => ({
      type,
      schema: (media as any)?.schema,
      at: childAt(response, 'content', type, 'schema'),
    }));
  return response.node.schema !== undefined ? [{ type: 'application/json', schema: response.node.schema, at: childAt(response, 'schema') }] : [];
}

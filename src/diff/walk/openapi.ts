import { dayOf } from '../../core/dates.js';
import { joinPointer } from '../../core/pointer.js';
import { isObject } from '../schema/effective.js';
import type { DiffSide } from '../side.js';

/**
 * Reading OpenAPI 2.0 and 3.x through one shape, so the walker never asks which version it is
 * in: 2.0 `body`/`formData` parameters become a request body, `produces`/`consumes` become
 * media types, `host`/`basePath`/`schemes` become servers.
 */

export type Obj = Record<string, unknown>;

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface Media {
  pointer: string;
  schema?: unknown;
  schemaPointer: string;
}

export interface Body {
  pointer: string;
  required: boolean;
  media: Map<string, Media>;
}

export function obj(side: DiffSide, value: unknown): Obj | undefined {
  const node = side.deref(value);
  return isObject(node) ? node : undefined;
}

function isSwagger2(side: DiffSide): boolean {
  return isObject(side.root) && side.root.swagger === '2.0';
}

function mediaTypes(side: DiffSide, op: Obj, key: 'consumes' | 'produces', fallback: string): string[] {
  const root = side.root as Obj;
  const list = op[key] ?? root[key];
  return Array.isArray(list) && list.length > 0 ? list.filter((m): m is string => typeof m === 'string') : [fallback];
}

/** The normalised media type: lower case, parameters (charset=…) dropped. */
function mediaKey(type: string): string {
  return type.split(';')[0].trim().toLowerCase();
}

function contentOf(side: DiffSide, content: unknown, pointer: string): Map<string, Media> {
  const media = new Map<string, Media>();
  const map = obj(side, content);
  if (!map) return media;
  for (const type of Object.keys(map).sort()) {
    const at = joinPointer(pointer, type);
    const entry = obj(side, map[type]);
    media.set(mediaKey(type), { pointer: at, schema: entry?.schema, schemaPointer: joinPointer(at, 'schema') });
  }
  return media;
}

/** The request body of an operation, whatever the version; `parameters` are the merged, dereferenced ones. */
export function requestBody(side: DiffSide, op: Obj, opPointer: string, parameters: Array<{ node: Obj; pointer: string }>): Body | undefined {
  if (!isSwagger2(side)) {
    const body = obj(side, op.requestBody);
    if (!body) return undefined;
    const pointer = joinPointer(opPointer, 'requestBody');
    return { pointer, required: body.required === true, media: contentOf(side, body.content, joinPointer(pointer, 'content')) };
  }
  const bodyParam = parameters.find((p) => p.node.in === 'body');
  if (bodyParam) {
    const media = new Map(
      mediaTypes(side, op, 'consumes', 'application/json').map((t) => [
        mediaKey(t),
        { pointer: bodyParam.pointer, schema: bodyParam.node.schema, schemaPointer: joinPointer(bodyParam.pointer, 'schema') },
      ]),
    );
    return { pointer: bodyParam.pointer, required: bodyParam.node.required === true, media };
  }
  const form = parameters.filter((p) => p.node.in === 'formData');
  if (form.length === 0) return undefined;
  // 2.0 form fields are parameters; as a body they are one object schema.
  const schema = {
    type: 'object',
    properties: Object.fromEntries(form.map((p) => [String(p.node.name), p.node])),
    required: form.filter((p) => p.node.required === true).map((p) => String(p.node.name)),
  };
  const pointer = joinPointer(opPointer, 'parameters');
  const media = new Map(
    mediaTypes(side, op, 'consumes', 'application/x-www-form-urlencoded').map((t) => [mediaKey(t), { pointer, schema, schemaPointer: pointer }]),
  );
  return { pointer, required: form.some((p) => p.node.required === true), media };
}

export function responseContent(side: DiffSide, op: Obj, response: Obj, pointer: string): Map<string, Media> {
  if (!isSwagger2(side)) return contentOf(side, response.content, joinPointer(pointer, 'content'));
  if (response.schema === undefined) return new Map();
  const at = { pointer, schema: response.schema, schemaPointer: joinPointer(pointer, 'schema') };
  return new Map(mediaTypes(side, op, 'produces', 'application/json').map((t) => [mediaKey(t), at]));
}

/** A parameter's or header's schema: `schema`, the first `content` entry's, or (2.0) the object itself. */
export function schemaOf(side: DiffSide, node: Obj, pointer: string): { schema: unknown; pointer: string } {
  if (node.schema !== undefined) return { schema: node.schema, pointer: joinPointer(pointer, 'schema') };
  const content = obj(side, node.content);
  const first = content && Object.keys(content).sort()[0];
  if (content && first !== undefined) {
    const at = joinPointer(pointer, 'content', first);
    return { schema: obj(side, content[first])?.schema, pointer: joinPointer(at, 'schema') };
  }
  return { schema: node, pointer };
}

export function servers(side: DiffSide): Array<{ url: string; pointer: string }> {
  const root = side.root as Obj;
  if (isSwagger2(side)) {
    if (typeof root.host !== 'string') return [];
    const schemes = Array.isArray(root.schemes) && root.schemes.length > 0 ? root.schemes : ['https'];
    return schemes.map((s) => ({ url: `${String(s)}://${root.host}${typeof root.basePath === 'string' ? root.basePath : ''}`, pointer: '/host' }));
  }
  const list = Array.isArray(root.servers) ? root.servers : [];
  return list.flatMap((s, i) => (isObject(s) && typeof s.url === 'string' ? [{ url: s.url, pointer: `/servers/${i}` }] : []));
}

export function securitySchemes(side: DiffSide): { pointer: string; schemes: Obj } {
  const root = side.root as Obj;
  if (isSwagger2(side)) return { pointer: '/securityDefinitions', schemes: obj(side, root.securityDefinitions) ?? {} };
  return { pointer: '/components/securitySchemes', schemes: obj(side, obj(side, root.components)?.securitySchemes) ?? {} };
}

/** `x-sunset` as YYYY-MM-DD (a date-time or HTTP-date is reduced to its UTC day; anything else is no sunset). */
export function sunsetOf(node: Obj): string | undefined {
  return dayOf(node['x-sunset']);
}

/**
 * An operation's sunset day: `x-sunset`, else the value its responses document for the
 * `Sunset` header (RFC 8594), which is where most APIs write it: the header's example, or its
 * schema's const, default, example or single enum value.
 */
export function operationSunsetOf(side: DiffSide, op: Obj): string | undefined {
  const own = sunsetOf(op);
  if (own !== undefined) return own;
  const days = new Set<string>();
  for (const response of Object.values(obj(side, op.responses) ?? {})) {
    const headers = obj(side, obj(side, response)?.headers) ?? {};
    for (const [name, value] of Object.entries(headers)) {
      if (name.toLowerCase() !== 'sunset') continue;
      const header = obj(side, value);
      const schema = header && obj(side, header.schema);
      const enumOne = Array.isArray(schema?.enum) && schema.enum.length === 1 ? schema.enum[0] : undefined;
      const day = [header?.example, schema?.const, schema?.default, schema?.example, enumOne].map(dayOf).find((d) => d !== undefined);
      if (day !== undefined) days.add(day);
    }
  }
  // Responses that disagree: the earliest promised day is the one clients were told to expect.
  return [...days].sort()[0];
}

import type { ContractDocument } from '../contracts/load.js';
import type { At, OperationInfo } from '../contracts/walk.js';
import { escapeSegment } from '../core/pointer.js';

/** Small predicates shared by rules; each answers one question about a contract node. */
export const isObject = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function operationName(op: OperationInfo): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

/** The path ends in a parameter: `/orders/{id}` addresses one item. */
export function isItemPath(path: string): boolean {
  return /\/\{[^/}]+\}\/?$/.test(path);
}

export function statusCodes(op: OperationInfo): string[] {
  return [...op.responses.keys()];
}

export function hasStatus(op: OperationInfo, ...codes: string[]): boolean {
  return codes.some((code) => op.responses.has(code) || op.responses.has(`${code[0]}XX`) || op.responses.has(`${code[0]}xx`));
}

export function isSecured(op: OperationInfo): boolean {
  return Array.isArray(op.security) && op.security.some((req) => isObject(req) && Object.keys(req).length > 0);
}

export function successResponses(op: OperationInfo) {
  return [...op.responses.entries()].filter(([code]) => /^2/.test(code));
}

export function errorResponses(op: OperationInfo) {
  return [...op.responses.entries()].filter(([code]) => /^[45]/.test(code) || code === 'default');
}

/** Response bodies: OpenAPI 3 content map, or the OpenAPI 2 schema. */
export function bodySchemas(response: Record<string, any>): Array<{ type: string; schema: unknown }> {
  if (isObject(response.content)) return Object.entries(response.content).map(([type, media]) => ({ type, schema: (media as any)?.schema }));
  return response.schema !== undefined ? [{ type: 'application/json', schema: response.schema }] : [];
}

export function headerNames(response: Record<string, any>): string[] {
  return Object.keys(isObject(response.headers) ? response.headers : {}).map((h) => h.toLowerCase());
}

export function parameterNames(op: OperationInfo, where?: string): string[] {
  return op.parameters.filter((p) => !where || p.node.in === where).map((p) => String(p.node.name).toLowerCase());
}

/** A POST that creates: not an action verb at the end, not a search. */
export function isCreate(op: OperationInfo): boolean {
  return op.method === 'post' && !/\/(search|query|batch|bulk|validate|preview|calculate|estimate)$/i.test(op.path) && !/:[a-z]+$/i.test(op.path);
}

export function isCollectionGet(op: OperationInfo): boolean {
  return op.method === 'get' && !isItemPath(op.path);
}

/**
 * A resolver that remembers where each node came from, so nested refs resolve against the file
 * they are written in (a schema in models/a.yml referring to `b.yml` means models/b.yml).
 */
export interface Located {
  node: any;
  at: At;
}

export function resolveAt(doc: ContractDocument, node: unknown, at: At): Located {
  const r = doc.deref(node, at.file, at.pointer);
  return { node: r.node, at: { file: r.file, pointer: r.pointer } };
}

export function childAt(parent: Located, ...segments: string[]): At {
  return { file: parent.at.file, pointer: parent.at.pointer + segments.map((s) => `/${escapeSegment(s)}`).join('') };
}

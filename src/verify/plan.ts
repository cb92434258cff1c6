import type { ContractDocument } from '../contracts/load.js';
import { walk, type At, type OperationInfo } from '../contracts/walk.js';
import { inputError } from '../core/input-error.js';
import { isObject } from '../lint/helpers.js';
import type { Credential, Plan, PlannedOperation } from './types.js';

/** The operations of an OpenAPI 3.0/3.1 contract with their security, in document order. */
export function planOf(doc: ContractDocument): Plan {
  const root = doc.root as Record<string, any>;
  if (doc.kind !== 'openapi' || !/^3\./.test(doc.version)) {
    const key = doc.kind === 'asyncapi' ? 'asyncapi' : 'swagger';
    const at = doc.rootFile.source.locate(`/${key}`);
    throw inputError(
      doc.rootFile.source.displayPath,
      `verify probes OpenAPI 3.0 and 3.1 contracts; this is ${key} ${doc.version}`,
      at.line,
      at.column,
      `/${key}`,
    );
  }
  const schemes = new Map<string, Credential>();
  const secretNames = new Set<string>(['authorization', 'cookie', 'set-cookie', 'proxy-authorization']);
  for (const [name, raw] of Object.entries(isObject(root.components?.securitySchemes) ? root.components.securitySchemes : {})) {
    const node = doc.deref(raw, doc.rootFile, `/components/securitySchemes/${name}`).node as Record<string, any>;
    if (!isObject(node)) continue;
    schemes.set(name, { type: node.type, scheme: typeof node.scheme === 'string' ? node.scheme.toLowerCase() : undefined, name: node.name, in: node.in });
    if (node.type === 'apiKey' && typeof node.name === 'string') secretNames.add(node.name.toLowerCase());
  }
  const infos: OperationInfo[] = [];
  walk(doc, [{ Operation: (_node, ctx) => void (ctx.operation && infos.push(ctx.operation)) }]);
  const operations = infos.map((info): PlannedOperation => {
    const requirements = (info.security ?? []).filter(isObject);
    // An empty requirement ({}) makes credentials optional: nothing to enforce.
    const anonymous = requirements.length === 0 || requirements.some((r) => Object.keys(r).length === 0);
    const credentials = anonymous ? [] : Object.keys(requirements[0]).flatMap((name) => schemes.get(name) ?? []);
    return {
      name: `${info.method.toUpperCase()} ${info.path}`,
      method: info.method,
      path: info.path,
      info,
      credentials,
      deprecated: info.node.deprecated === true,
    };
  });
  return { doc, operations, secretNames };
}

/** The operation addressing one item of a collection path: `GET /tasks/{taskId}` for `/tasks`. */
export function itemOperation(plan: Plan, collectionPath: string, method: string): PlannedOperation | undefined {
  return plan.operations.find(
    (op) => op.method === method && op.path.startsWith(`${collectionPath}/{`) && /^\/\{[^/}]+\}$/.test(op.path.slice(collectionPath.length)),
  );
}

/** The collection an item path belongs to: `/tasks` for `/tasks/{taskId}`; undefined when the path addresses no item. */
export function collectionOf(path: string): string | undefined {
  const match = /^(.*)\/\{[^/}]+\}$/.exec(path);
  return match ? match[1] : undefined;
}

/** A response declared for a status: the exact code, then its range (2XX), then default. */
export function declaredResponse(op: PlannedOperation, status: number): { node: Record<string, any>; at: At } | undefined {
  const responses = op.info.responses;
  return responses.get(String(status)) ?? responses.get(`${String(status)[0]}XX`) ?? responses.get(`${String(status)[0]}xx`) ?? responses.get('default');
}

import type { ContractDocument } from '../contracts/load.js';
import { walk } from '../contracts/walk.js';
import { bodySchemas, errorResponses, isCreate, isObject, parameterNames } from './helpers.js';
import { pagingParameters } from './pagination.js';

/** What a contract shows about its conventions, for the review's Contracts section. */
export interface ContractSummary {
  kind: string;
  version: string;
  operations: number;
  errorShapes: string[];
  pagination: { cursor: number; offset: number; sizeOnly: number };
  creates: number;
  createsWithIdempotencyKey: number;
  pathVersions: string[];
  deprecated: number;
  channels: number;
  messages: number;
}

export function summarizeContract(doc: ContractDocument): ContractSummary {
  const summary: ContractSummary = {
    kind: doc.kind === 'asyncapi' ? 'AsyncAPI' : doc.version === '2.0' ? 'Swagger' : 'OpenAPI',
    version: doc.version,
    operations: 0,
    errorShapes: [],
    pagination: { cursor: 0, offset: 0, sizeOnly: 0 },
    creates: 0,
    createsWithIdempotencyKey: 0,
    pathVersions: [],
    deprecated: 0,
    channels: 0,
    messages: 0,
  };
  const shapes = new Set<string>();
  const versions = new Set<string>();
  walk(doc, [
    {
      Operation(node, ctx) {
        // AsyncAPI operations are counted as channels and messages below.
        if (!ctx.operation) return;
        const op = ctx.operation!;
        summary.operations++;
        if (node.deprecated === true) summary.deprecated++;
        const version = /\/(v\d+)(?=\/|$)/.exec(op.path)?.[1];
        if (version) versions.add(version);
        for (const [, response] of errorResponses(op)) {
          for (const { type, schema } of bodySchemas(response.node)) {
            const ref = isObject(schema) && typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
            shapes.add(type.includes('problem+json') ? `RFC 9457 problem details${ref ? ` (${ref})` : ''}` : `${type}${ref ? ` ${ref}` : ''}`);
          }
        }
        const paging = pagingParameters(op);
        if (paging.cursor.length) summary.pagination.cursor++;
        else if (paging.offset.length) summary.pagination.offset++;
        else if (paging.size.length) summary.pagination.sizeOnly++;
        if (isCreate(op)) {
          summary.creates++;
          if (parameterNames(op, 'header').includes('idempotency-key')) summary.createsWithIdempotencyKey++;
        }
      },
      Channel: () => void summary.channels++,
      Message: () => void summary.messages++,
    },
  ]);
  summary.errorShapes = [...shapes].sort();
  summary.pathVersions = [...versions].sort();
  return summary;
}

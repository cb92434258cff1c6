import type { ContractDocument } from '../../contracts/load.js';
import type { At } from '../../contracts/walk.js';
import { bodySchemas, childAt, errorResponses, isObject, operationName, resolveAt } from '../helpers.js';
import { defineLintRule } from '../rule.js';

/** A declared envelope with a stable machine-readable code counts as well as RFC 9457. */
function hasStableCode(doc: ContractDocument, schema: unknown, at: At, depth = 0): boolean {
  const s = resolveAt(doc, schema, at);
  if (!isObject(s.node) || depth > 8) return false;
  const props = isObject(s.node.properties) ? Object.keys(s.node.properties).map((k) => k.toLowerCase()) : [];
  if (props.some((p) => ['code', 'error_code', 'errorcode', 'type'].includes(p))) return true;
  if (isObject(s.node.properties?.error)) return hasStableCode(doc, s.node.properties.error, childAt(s, 'properties', 'error'), depth + 1);
  return (Array.isArray(s.node.allOf) ? s.node.allOf : []).some((part: unknown, i: number) => hasStableCode(doc, part, childAt(s, 'allOf', String(i)), depth + 1));
}

export default defineLintRule({
  id: 'error-problem-json',
  category: 'errors',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'Error bodies are RFC 9457 problem details, or an envelope with a stable machine-readable code.',
  rationale: 'Clients branch on errors. A human message changes with every copy edit; a stable `type` or `code` does not. Problem details give every API the same fields and a registered media type.',
  fix: 'Serve errors as `application/problem+json` with `type`, `title`, `status` (and a `code`), or give your envelope a stable `code` field.',
  references: ['RFC 9457 "Problem Details for HTTP APIs"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK }\n        "400": { description: Bad, content: { application/json: { schema: { type: object, properties: { message: { type: string } } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK }\n        "400": { description: Bad, content: { application/problem+json: { schema: { type: object, properties: { type: { type: string } } } } } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      for (const [code, response] of errorResponses(ctx.operation!)) {
        for (const { type, schema } of bodySchemas(response.node)) {
          if (type.includes('problem+json') || hasStableCode(ctx.doc, schema, response.at)) continue;
          report(ctx, { at: response.at, message: `${operationName(ctx.operation!)} ${code} returns ${type} without problem details or a stable error code` });
        }
      }
    },
  }),
});

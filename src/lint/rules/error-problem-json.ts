import type { ContractDocument } from '../../contracts/load.js';
import type { At } from '../../contracts/walk.js';
import { bodySchemas, childAt, errorResponses, isObject, operationName, resolveAt, type Located } from '../helpers.js';
import { defineLintRule } from '../rule.js';

/** Fields that carry prose or tracing, never a code a client can branch on. */
const PROSE =
  /^(message|msg|description|detail|details|title|help|hint|reason|request_?id|trace_?id|correlation_?id|documentation_?url|url|link|context_info|phrase)$/i;

/**
 * A declared envelope with a stable machine-readable code counts as well as RFC 9457: a field
 * named like a code, a required string that is not prose (DigitalOcean's `id: not_found`), or
 * OAuth 2.0's error response (a string `error`, RFC 6749 §5.2).
 */
function hasStableCode(doc: ContractDocument, schema: unknown, at: At, depth = 0): boolean {
  const s = resolveAt(doc, schema, at);
  if (!isObject(s.node) || depth > 8) return false;
  // One shared error schema answers for hundreds of responses: judge it once.
  const known = verdicts.get(s.node);
  if (known !== undefined) return known;
  const verdict = judge(doc, s, depth);
  verdicts.set(s.node, verdict);
  return verdict;
}

const verdicts = new WeakMap<object, boolean>();

function judge(doc: ContractDocument, s: Located, depth: number): boolean {
  const properties: Record<string, any> = isObject(s.node.properties) ? s.node.properties : {};
  const names = Object.keys(properties);
  if (names.some((p) => ['code', 'error_code', 'errorcode', 'type'].includes(p.toLowerCase()))) return true;
  const required: unknown[] = Array.isArray(s.node.required) ? s.node.required : [];
  const isString = (name: string) => (resolveAt(doc, properties[name], childAt(s, 'properties', name)).node as any)?.type === 'string';
  if (names.some((p) => required.includes(p) && !PROSE.test(p) && isString(p))) return true;
  if (names.includes('error') && isString('error')) return true;
  for (const [name, member] of [
    ['error', properties.error],
    ['errors', properties.errors?.items],
  ] as const) {
    const where = name === 'error' ? childAt(s, 'properties', 'error') : childAt(s, 'properties', 'errors', 'items');
    if (isObject(member) && hasStableCode(doc, member, where, depth + 1)) return true;
  }
  return (Array.isArray(s.node.allOf) ? s.node.allOf : []).some((part: unknown, i: number) =>
    hasStableCode(doc, part, childAt(s, 'allOf', String(i)), depth + 1),
  );
}

export default defineLintRule({
  id: 'error-problem-json',
  category: 'errors',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description:
    "Error bodies are RFC 9457 problem details, or an envelope with a stable machine-readable code (any required string field that is not prose, or OAuth 2.0's `error`).",
  rationale:
    'Clients branch on errors. A human message changes with every copy edit; a stable `type` or `code` does not. Problem details give every API the same fields and a registered media type.',
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
          // A browser flow (OAuth's authorize page) answers errors in HTML, as it should.
          if (type.includes('problem+json') || type.startsWith('text/html') || hasStableCode(ctx.doc, schema, response.at)) continue;
          report(ctx, { at: response.at, message: `${operationName(ctx.operation!)} ${code} returns ${type} without problem details or a stable error code` });
        }
      }
    },
  }),
});

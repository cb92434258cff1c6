import type { At } from '../../contracts/walk.js';
import { errorResponses, isObject, operationName, resolveAt } from '../helpers.js';
import { bodySchemasAt } from '../shapes.js';
import { defineLintRule } from '../rule.js';

const isOAuthError = (s: any) => isObject(s?.properties) && s.properties.error !== undefined && s.properties.error_description !== undefined;

export default defineLintRule({
  id: 'error-schema-consistent',
  category: 'errors',
  severity: 'warn',
  presets: ['strict'],
  description: 'All error responses share one schema (refs compared by the schema they resolve to).',
  rationale: 'One error shape means one error handler in every client. Each extra shape is another branch clients must write, and usually the one they forget.',
  fix: 'Define one error schema (RFC 9457 problem details, or your envelope) in components and reference it from every error response.',
  references: ['RFC 9457 "Problem Details for HTTP APIs"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK }\n        "404": { description: N, content: { application/json: { schema: { type: object, properties: { message: { type: string } } } } } }\n        "409": { description: C, content: { application/json: { schema: { type: object, properties: { error: { type: string } } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK }\n        "404": { description: N, content: { application/problem+json: { schema: { $ref: "#/components/schemas/P" } } } }\n        "409": { description: C, content: { application/problem+json: { schema: { $ref: "#/components/schemas/P" } } } }\ncomponents:\n  schemas:\n    P: { type: object, properties: { type: { type: string } } }\n',
  },
  create: ({ report }) => {
    const shapes = new Map<string, { at: At; operation: string; count: number }>();
    return {
      Operation(_node, ctx) {
        for (const [code, response] of errorResponses(ctx.operation!)) {
          for (const { type, schema, at } of bodySchemasAt(response)) {
            // HTML pages and OAuth 2.0's mandated error shape (RFC 6749 §5.2) are not the API's choice to unify.
            if (schema === undefined || type.startsWith('text/html') || isOAuthError(resolveAt(ctx.doc, schema, at).node)) continue;
            // Two relative paths to one file are one shape: compare where refs lead, not their text.
            const target = ctx.doc.deref(schema, at.file, at.pointer);
            const key = typeof (schema as any)?.$ref === 'string' ? `${target.file.path}#${target.pointer}` : JSON.stringify(schema);
            const entry = shapes.get(key);
            if (entry) entry.count++;
            else
              shapes.set(key, {
                at: { file: response.at.file, pointer: `${response.at.pointer}` },
                operation: `${operationName(ctx.operation!)} ${code}`,
                count: 1,
              });
          }
        }
      },
      DocumentExit(_node, ctx) {
        const ranked = [...shapes.values()].sort((a, b) => b.count - a.count);
        const [main, ...others] = ranked;
        for (const other of others) {
          report(ctx, {
            at: other.at,
            message: `${other.operation} uses a different error schema than the ${main.count} error responses like ${main.operation} (${shapes.size} error shapes in the API)`,
            data: { shapes: shapes.size },
          });
        }
      },
    };
  },
});

import { bodySchemas, isObject, operationName, successResponses } from '../helpers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'success-no-error-body',
  category: 'status',
  severity: 'warn',
  presets: ['strict'],
  description:
    'Success (2xx) responses carry no error envelope (`error`, `errors`), unless the body has a `status` or `state` that says when the error is set (a job).',
  rationale: 'An error inside a 200 hides failures from every HTTP-aware tool: retries, caches, monitoring and SLOs count it as success.',
  fix: 'Return failures with a 4xx or 5xx status and the error schema; keep 2xx bodies for results.',
  references: ['RFC 9110 §15 "Status Codes"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { data: { type: object }, error: { type: string } } } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { data: { type: object } } } } } } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      for (const [code, response] of successResponses(ctx.operation!)) {
        for (const { schema } of bodySchemas(response.node)) {
          const s = ctx.doc.deref(schema, response.at.file, response.at.pointer).node as any;
          const props = isObject(s?.properties) ? Object.keys(s.properties) : [];
          const field = props.find((p) => /^(error|errors|err|error_message)$/i.test(p));
          // A job's `error` is set when its `status` says it failed: part of the resource, not an error in a 2xx.
          if (field && !props.some((p) => /^(status|state|valid|success|ok)$/i.test(p)))
            report(ctx, { at: response.at, message: `${operationName(ctx.operation!)} ${code} has an "${field}" field in its success body` });
        }
      }
    },
  }),
});

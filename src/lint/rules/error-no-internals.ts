import { joinPointer } from '../../core/pointer.js';
import { isObject } from '../helpers.js';
import { defineLintRule } from '../rule.js';

const INTERNAL = /^(stack|stacktrace|stack_trace|exception|exceptionclass|sql|debug)$/i;
// `file` and `line` name a source position only together: alone, `file` is as often a resource
// (Stripe's file links reached inside an error's `source`) and `line` a line item.
const POSITION = ['file', 'line'];

export default defineLintRule({
  id: 'error-no-internals',
  category: 'errors',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'Error schemas expose no stack traces, SQL or other internals.',
  rationale:
    'Stack traces, SQL and file paths in error bodies tell attackers the framework, the schema and where to push. They belong in logs, joined to the response by a correlation id.',
  fix: 'Remove the field from the error schema; log it server-side with the trace id and return only the trace id.',
  references: ['OWASP ASVS 4.0, V7.4.1', 'CWE-209 "Generation of Error Message Containing Sensitive Information"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK }\n        "500": { description: E, content: { application/problem+json: { schema: { type: object, properties: { type: { type: string }, stackTrace: { type: string } } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a:\n    get:\n      responses:\n        "200": { description: OK }\n        "500": { description: E, content: { application/problem+json: { schema: { type: object, properties: { type: { type: string }, traceId: { type: string } } } } } }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (ctx.direction !== 'response' || !ctx.status || !/^[45]|default/.test(ctx.status) || !isObject(node.properties)) return;
      const names = Object.keys(node.properties);
      const position = POSITION.every((p) => names.some((n) => n.toLowerCase() === p));
      for (const name of names) {
        if (INTERNAL.test(name) || (position && POSITION.includes(name.toLowerCase())))
          report(ctx, {
            at: { file: ctx.at.file, pointer: joinPointer(ctx.at.pointer, 'properties', name) },
            target: 'key',
            message: `error schema exposes "${name}", an internal detail`,
          });
      }
    },
  }),
});

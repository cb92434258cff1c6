import { bodySchemas, headerNames, isObject, operationName } from '../helpers.js';
import { bodySchemasAt, returnsId } from '../shapes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'accepted-status-link',
  category: 'status',
  severity: 'warn',
  presets: ['strict'],
  description: 'A 202 Accepted response says where to follow the work: a Location header, a status link, or a job id that a GET below the same path accepts.',
  rationale:
    '202 means the work continues after the response. Without a link to its status, clients cannot tell when it finishes or whether it failed, and poll the wrong thing or nothing.',
  fix: 'Return a `Location` header (or a `status`/`links` URL in the body) for a resource that reports the job’s state.',
  references: ['RFC 9110 §15.3.3 "202 Accepted"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /exports:\n    post:\n      responses: { "202": { description: Accepted } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /exports:\n    post:\n      responses: { "202": { description: Accepted, headers: { Location: { schema: { type: string } } } } }\n',
  },
  create: ({ report }) => ({
    Operation(_node, ctx) {
      const accepted = ctx.operation!.responses.get('202');
      if (!accepted || headerNames(accepted.node).includes('location')) return;
      const linked = bodySchemas(accepted.node).some(({ schema }) => {
        const s = ctx.doc.deref(schema, accepted.at.file, accepted.at.pointer).node as any;
        return isObject(s?.properties) && Object.keys(s.properties).some((k) => /^(status_?url|links?|href|self|monitor|location)$/i.test(k));
      });
      // A job id that a GET below the same path accepts (`POST /runs` → `GET /runs/{id}`) is a status link by convention.
      const paths = Object.keys((ctx.doc.rootFile.root as any)?.paths ?? {});
      const polled =
        paths.some((p) => p.startsWith(`${ctx.operation!.path.replace(/\/$/, '')}/{`)) &&
        bodySchemasAt(accepted).some(({ schema, at }) => returnsId(ctx.doc, schema, at));
      if (!linked && !polled) report(ctx, { at: accepted.at, message: `${operationName(ctx.operation!)} answers 202 with no Location header or status link` });
    },
  }),
});

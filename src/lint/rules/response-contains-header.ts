import type { At } from '../../contracts/walk.js';
import { isObject } from '../helpers.js';
import { hookOperations } from '../hook-operations.js';
import { below } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

/** The names the config lists for a status: by the code, else its range (`2XX`, `2xx`), as Redocly looks them up. */
export function namesFor(names: Readonly<Record<string, readonly string[]>>, status: string): readonly string[] {
  const range = status.replace(/^(\d)\d\d$/, '$1XX');
  return names[status] ?? names[range] ?? names[range.toLowerCase()] ?? [];
}

export default defineLintRule({
  id: 'response-contains-header',
  category: 'docs',
  severity: 'error',
  presets: [],
  description: 'Responses declare the headers the config requires for their status (`names`, by code or range).',
  rationale:
    'Headers every client relies on (a request id to quote in a support ticket, `ETag` for conditional requests) are only dependable when each response documents them.',
  fix: 'Declare the header in the response’s `headers`.',
  references: ['Redocly response-contains-header'],
  options: {
    names: {
      kind: 'strings-by-key',
      description: 'Header names required by status code or range (`"200"`, `2XX`, `default`); case-insensitive.',
      default: {},
    },
  },
  examples: {
    options: { names: { '2XX': ['X-Request-Id'] } },
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses: { "200": { description: OK, headers: { x-request-id: { schema: { type: string } } } } }\n',
  },
  create: ({ report, options }) => {
    const check = (node: Record<string, any>, at: At, status: string) => {
      const declared = Object.keys(isObject(node.headers) ? node.headers : {}).map((h) => h.toLowerCase());
      const missing = namesFor(options.names as Record<string, readonly string[]>, status).filter((h) => !declared.includes(h.toLowerCase()));
      if (missing.length === 0) return;
      report(
        { at },
        {
          // Where the headers are, or would be written (located at the response then), as Redocly points.
          at: below(at, 'headers'),
          target: 'key',
          message: `a ${status} response does not declare ${missing.length === 1 ? 'the header' : 'the headers'} ${missing.join(', ')}`,
          data: { status, headers: missing },
        },
      );
    };
    return {
      Response(node, ctx) {
        check(node, ctx.at, ctx.status!);
      },
      // Callback and webhook responses too, as Redocly judges every operation's.
      Document(node, ctx) {
        for (const hook of hookOperations(ctx.doc, node, ctx.at)) for (const r of hook.responses) check(r.node, r.at, r.status);
      },
    };
  },
});

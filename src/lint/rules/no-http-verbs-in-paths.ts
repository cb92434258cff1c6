import { defineLintRule } from '../rule.js';

const VERBS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options', 'trace'];

/** The words of a segment: split at `-`, `_`, `.` and camel case, lower-cased. */
function words(segment: string): string[] {
  return segment
    .split(/[-._]|(?=[A-Z][a-z])/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export default defineLintRule({
  id: 'no-http-verbs-in-paths',
  category: 'naming',
  severity: 'warn',
  presets: [],
  description: 'Path segments do not name an HTTP method as a word (`/getOrders`, `/orders/delete`).',
  rationale: 'The method already says what a request does; a verb in the path duplicates it, and invites `POST /deleteOrder`.',
  fix: 'Name the resource in the path and let the method carry the action.',
  references: ['Redocly no-http-verbs-in-paths (with splitIntoWords)'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /getOrders: { get: { responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders: { get: { responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    PathItem(_node, ctx) {
      const path = ctx.name!;
      for (const segment of path.split('/')) {
        if (segment === '' || /^\{.*\}$/.test(segment)) continue;
        const verb = words(segment).find((w) => VERBS.includes(w));
        if (verb) return report(ctx, { target: 'key', message: `path ${path} names the HTTP method "${verb}"`, data: { path, verb } });
      }
    },
  }),
});

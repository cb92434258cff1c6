import { addTo } from '../../core/collections.js';
import { defineLintRule } from '../rule.js';
import { joinPointer } from '../../core/pointer.js';
import { ACTION } from '../shapes.js';

export function casingOf(word: string): 'kebab' | 'snake' | 'camel' | 'lower' | 'other' {
  // A segment that starts with a digit is a product name (`1-clicks`), not a casing choice.
  if (/^\d/.test(word)) return 'other';
  if (/^[a-z0-9]+$/.test(word)) return 'lower';
  if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(word)) return 'kebab';
  if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(word)) return 'snake';
  if (/^[a-z][a-zA-Z0-9]*$/.test(word)) return 'camel';
  return 'other';
}

export default defineLintRule({
  id: 'path-casing-consistent',
  category: 'naming',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description:
    'Path segments follow the API’s dominant casing (kebab, snake or camel); camel-case action verbs (`addFollowers`) are left to their own convention.',
  rationale:
    'Clients guess URLs from the ones they know. `/order-items` beside `/shipping_addresses` means every new endpoint is a lookup, and typos become 404s.',
  fix: 'Rename the outlying segments to the dominant convention (new paths now, old ones through a deprecation).',
  references: ['Zalando RESTful API Guidelines, rule 129 "Use kebab-case for path segments"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /order-items: { get: { responses: { "200": { description: OK } } } }\n  /gift-cards: { get: { responses: { "200": { description: OK } } } }\n  /shipping_addresses: { get: { responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /order-items: { get: { responses: { "200": { description: OK } } } }\n  /gift-cards: { get: { responses: { "200": { description: OK } } } }\n  /shipping-addresses: { get: { responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    DocumentExit(node, ctx) {
      const segments = new Map<string, string[]>();
      for (const path of Object.keys(node.paths ?? {})) {
        for (const segment of path.split('/')) {
          const casing = casingOf(segment);
          // Action segments (`addFollowers`, `setParent`) are verbs, often cased apart from the nouns on purpose (Asana).
          // Parameters (`{id}`) and the empty segment before the first slash are 'other'.
          if (casing === 'lower' || casing === 'other' || (casing === 'camel' && ACTION.test(segment))) continue;
          addTo(segments, casing, path);
        }
      }
      const [dominant] = [...segments.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
      for (const [casing, paths] of segments) {
        if (casing === dominant[0]) continue;
        for (const path of [...new Set(paths)]) {
          report(ctx, {
            at: { file: ctx.at.file, pointer: joinPointer('', 'paths', path) },
            target: 'key',
            message: `path ${path} uses ${casing} case where ${dominant[1].length} segments use ${dominant[0]} case`,
          });
        }
      }
    },
  }),
});

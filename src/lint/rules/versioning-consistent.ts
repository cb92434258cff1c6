import { addTo } from '../../core/collections.js';
import { METHODS } from '../../contracts/walk.js';
import { childAt, isObject, resolveAt } from '../helpers.js';
import { defineLintRule } from '../rule.js';
import { joinPointer } from '../../core/pointer.js';

export default defineLintRule({
  id: 'versioning-consistent',
  category: 'versioning',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'The API uses one versioning scheme: either every path carries the same version segment or none does (paths that override `servers` excepted).',
  rationale:
    'Mixed versions (`/v1/orders` beside `/v2/carts` and `/items`) mean clients must track a version per endpoint, and nobody can say which version of the API they use.',
  fix: 'Serve every path under one version prefix (or version by header or media type throughout).',
  references: ['Zalando RESTful API Guidelines, rule 115 "Do not use URI versioning" and rule 113', 'Google AIP-185 "API Versioning"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /v1/orders: { get: { responses: { "200": { description: OK } } } }\n  /v2/carts: { get: { responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /v1/orders: { get: { responses: { "200": { description: OK } } } }\n  /v1/carts: { get: { responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    DocumentExit(node, ctx) {
      // A path served from other `servers` (another host or base path) has its own versioning.
      const ownServers = (p: string) => {
        const item = resolveAt(ctx.doc, node.paths[p], { file: ctx.at.file, pointer: joinPointer('', 'paths', p) });
        if (!isObject(item.node)) return false;
        const ops = METHODS.filter((m) => item.node[m] !== undefined).map((m) => resolveAt(ctx.doc, item.node[m], childAt(item, m)).node);
        return Array.isArray(item.node.servers) || (ops.length > 0 && ops.every((op) => Array.isArray(op?.servers)));
      };
      const paths = Object.keys(node.paths ?? {}).filter((p) => !ownServers(p));
      const versionOf = (p: string) => /\/(v\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2})(?=\/|$)/.exec(p)?.[1] ?? null;
      const groups = new Map<string | null, string[]>();
      for (const p of paths) addTo(groups, versionOf(p), p);
      if (groups.size <= 1) return;
      const [main] = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
      for (const [version, list] of groups) {
        if (version === main[0]) continue;
        report(ctx, {
          at: { file: ctx.at.file, pointer: joinPointer('', 'paths', list[0]) },
          target: 'key',
          message: `${list.length} path${list.length > 1 ? 's' : ''} like ${list[0]} use ${version ?? 'no version'}, while ${main[1].length} use ${main[0] ?? 'no version'}`,
        });
      }
    },
  }),
});

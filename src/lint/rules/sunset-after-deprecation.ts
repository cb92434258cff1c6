import { parseHttpDate, parseIsoDate } from '../../core/dates.js';
import { operationName } from '../helpers.js';
import { defineLintRule } from '../rule.js';

/** An ISO 8601 date or an RFC 9110 HTTP-date, strictly: `"1"` is no date (Date.parse would read 2001). */
const date = (value: unknown) => (typeof value === 'string' ? (parseIsoDate(value.trim()) ?? parseHttpDate(value.trim())) : undefined);

export default defineLintRule({
  id: 'sunset-after-deprecation',
  category: 'deprecation',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'A deprecated operation’s Sunset date (`x-sunset`) is not earlier than its Deprecation date (`x-deprecated-at`).',
  rationale:
    'RFC 9745 requires the sunset to follow the deprecation: consumers need the time between them to migrate. A sunset before the deprecation gives them none.',
  fix: 'Move `x-sunset` after `x-deprecated-at`, leaving consumers the migration window your policy promises.',
  references: ['RFC 9745 §3 "The Deprecation HTTP Response Header Field"', 'RFC 8594 "The Sunset HTTP Header Field"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /old:\n    get:\n      deprecated: true\n      x-deprecated-at: "2026-06-01"\n      x-sunset: "2026-03-01"\n      responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /old:\n    get:\n      deprecated: true\n      x-deprecated-at: "2026-06-01"\n      x-sunset: "2026-12-01"\n      responses: { "200": { description: OK } }\n',
  },
  create: ({ report }) => ({
    Operation(node, ctx) {
      const deprecated = date(node['x-deprecated-at']);
      const sunset = date(node['x-sunset']);
      if (deprecated !== undefined && sunset !== undefined && sunset < deprecated) {
        report(ctx, {
          at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/x-sunset` },
          message: `${operationName(ctx.operation!)} sunsets on ${node['x-sunset']}, before its deprecation on ${node['x-deprecated-at']}`,
        });
      }
    },
  }),
});

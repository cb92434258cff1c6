import { isObject } from '../helpers.js';
import { below } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

const isVariable = (segment: string) => /^\{.+\}$/.test(segment);

/** Two paths of as many segments match a common request: every pair of literal segments agrees. */
function ambiguous(a: string[], b: string[]): boolean {
  return a.every((s, i) => isVariable(s) || isVariable(b[i]) || s === b[i]);
}

export default defineLintRule({
  id: 'no-ambiguous-paths',
  category: 'naming',
  severity: 'warn',
  presets: ['strict'],
  description: 'No request path matches two path templates with parameters in different places (`/a/{x}/c` and `/a/b/{y}`).',
  rationale:
    'The specification says concrete paths win over templates, but `/a/b/c` matches both of these equally: routers and generated clients disagree on which operation it reaches.',
  fix: 'Make the literal segments tell the paths apart, or merge them.',
  references: ['OpenAPI 3.1 §4.8.8.1 "Paths Object: ambiguous matching"', 'Redocly no-ambiguous-paths'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{x}/c: { get: { responses: { "200": { description: OK } } } }\n  /a/b/{y}: { get: { responses: { "200": { description: OK } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a/{x}/c: { get: { responses: { "200": { description: OK } } } }\n  /a/b/d: { get: { responses: { "200": { description: OK } } } }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (!isObject(node.paths)) return;
      // Grouped by segment count and variable count, as Redocly does: identical templates are `no-identical-paths`.
      const groups = new Map<string, string[][]>();
      for (const path of Object.keys(node.paths)) {
        const segments = path.split('/');
        const variables = segments.filter(isVariable).length;
        if (variables === 0) continue;
        const key = `${segments.length}:${variables}`;
        const group = groups.get(key) ?? [];
        const shape = segments.map((s) => (isVariable(s) ? '{}' : s)).join('/');
        const other = group.find((g) => g.map((s) => (isVariable(s) ? '{}' : s)).join('/') !== shape && ambiguous(g, segments));
        if (other)
          report(ctx, {
            at: below(ctx.at, 'paths', path),
            target: 'key',
            message: `path ${path} and ${other.join('/')} match the same requests`,
            data: { path, other: other.join('/') },
          });
        group.push(segments);
        groups.set(key, group);
      }
    },
  }),
});

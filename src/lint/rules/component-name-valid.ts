import { isObject } from '../helpers.js';
import { below } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

const NAME = /^[a-zA-Z0-9.\-_]+$/;

export default defineLintRule({
  id: 'component-name-valid',
  category: 'naming',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'Component names use only letters, digits, `.`, `-` and `_`.',
  rationale:
    'The specification restricts component keys to `^[a-zA-Z0-9.\\-_]+$`: other names break `$ref` escaping and the type names generators derive from them.',
  fix: 'Rename the component (and its references).',
  references: ['OpenAPI 3.1 §4.8.7 "Components Object: keys MUST match ^[a-zA-Z0-9\\.\\-_]+$"', 'Redocly spec-components-invalid-map-name'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    "Order Line": { type: object }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    OrderLine: { type: object }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (ctx.doc.version === '2.0' || !isObject(node.components)) return;
      for (const [type, map] of Object.entries(node.components)) {
        if (type.startsWith('x-') || !isObject(map)) continue;
        for (const name of Object.keys(map))
          if (!NAME.test(name))
            report(ctx, {
              at: below(ctx.at, 'components', type, name),
              target: 'key',
              message: `component name "${name}" in ${type} has characters outside [a-zA-Z0-9.-_]`,
              data: { type, name },
            });
      }
    },
  }),
});

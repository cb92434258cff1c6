import type { WalkContext } from '../../contracts/walk.js';
import { isObject } from '../helpers.js';
import { below, resolved } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'example-value-or-external-value',
  category: 'docs',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'An Example Object has exactly one of `value` and `externalValue`.',
  rationale: 'The two are mutually exclusive: with both, tools show one and drop the other; with neither, the example shows nothing.',
  fix: 'Keep `value` (inline) or `externalValue` (a URL), not both; add one when the example has neither.',
  references: [
    'OpenAPI 3.1 §4.8.19 "Example Object: value and externalValue are mutually exclusive"',
    'spectral:oas oas3-examples-value-or-externalValue',
    'Redocly no-example-value-and-externalValue',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  examples:\n    order: { value: { id: 1 }, externalValue: "https://shop.io/order.json" }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  examples:\n    order: { value: { id: 1 } }\n',
  },
  create: ({ report }) => {
    const judge = (map: unknown, ctx: WalkContext, at = below(ctx.at, 'examples')) => {
      if (!isObject(map)) return;
      for (const name of Object.keys(map)) {
        const { node, at: exampleAt } = resolved(ctx.doc, map[name], below(at, name));
        if (!isObject(node)) continue;
        const here = { at: exampleAt };
        if (node.value !== undefined && node.externalValue !== undefined)
          report(here, {
            at: below(exampleAt, 'externalValue'),
            target: 'key',
            message: `example ${name} has both value and externalValue`,
            messageId: 'both',
            data: { example: name },
          });
        else if (node.value === undefined && node.externalValue === undefined)
          report(here, { target: 'key', message: `example ${name} has neither value nor externalValue`, messageId: 'neither', data: { example: name } });
      }
    };
    return {
      Document(node, ctx) {
        if (ctx.doc.version !== '2.0') judge(node.components?.examples, ctx, below(ctx.at, 'components', 'examples'));
      },
      MediaType: (node, ctx) => judge(node.examples, ctx),
      Parameter(node, ctx) {
        if (ctx.doc.version !== '2.0') judge(node.examples, ctx);
      },
      Header: (node, ctx) => judge(node.examples, ctx),
    };
  },
});

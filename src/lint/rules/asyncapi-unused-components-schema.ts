import { unusedComponents } from '../async-unused.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-unused-components-schema',
  category: 'schema',
  severity: 'warn',
  presets: ['strict'],
  formats: ['async'],
  description: 'Every schema under `components.schemas` is referenced somewhere.',
  rationale:
    'An unreferenced schema is dead contract: readers take it for a message shape the application sends, and generators emit types for it. Libraries of shared schemas are the exception, so the rule is not in `recommended`.',
  fix: 'Delete the schema, or reference it where it is meant to be used.',
  references: [
    'AsyncAPI 3.0.0 "Components Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#componentsObject)',
    'Spectral asyncapi-unused-components-schema',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\ncomponents:\n  schemas:\n    Order: { type: object }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\ncomponents:\n  schemas:\n    Order: { type: object }\n  messages:\n    placed: { payload: { $ref: "#/components/schemas/Order" } }\n',
  },
  create: ({ report }) => ({
    DocumentExit(_node, ctx) {
      for (const { name, at } of unusedComponents(ctx.doc, 'schemas'))
        report(ctx, { at, target: 'key', message: `components.schemas.${name} is not referenced anywhere`, data: { component: name } });
    },
  }),
});

import { valueSchemas } from '../async-peers.js';
import { ValueValidator, valueProblems } from '../async-schemas.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-schema-default',
  category: 'schema',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'The `default` of each schema under `components.schemas` (and, in 2.x, of each parameter’s schema) is valid against it.',
  rationale: 'A default the schema rejects is what generated code fills in when the value is missing: a message or address the producer would never send.',
  fix: 'Correct the default, or the schema if the value shows what is really sent.',
  references: [
    'AsyncAPI 3.0.0 "Schema Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#schemaObject)',
    'JSON Schema Validation draft-07 §10 "Schema Re-Use With default and examples"',
    'Spectral asyncapi-schema-default',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\ncomponents:\n  schemas:\n    Region: { type: string, enum: [eu, us], default: ap }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\ncomponents:\n  schemas:\n    Region: { type: string, enum: [eu, us], default: eu }\n',
  },
  create: ({ report }) => ({
    Document(_node, ctx) {
      const validator = new ValueValidator(ctx.doc);
      for (const { schema, what } of valueSchemas(ctx.doc)) for (const problem of valueProblems(validator, schema, 'default', what)) report(ctx, problem);
    },
  }),
});

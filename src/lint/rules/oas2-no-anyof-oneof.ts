import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'oas2-no-anyof-oneof',
  category: 'schema',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'OpenAPI 2.0 schemas do not use `anyOf` or `oneOf`.',
  rationale:
    'OpenAPI 2.0 has neither keyword (they came with 3.0): 2.0 tools ignore them, so the value is validated and generated as if the alternatives were not there.',
  fix: 'Model the alternatives with `allOf` and a `discriminator`, or move the description to OpenAPI 3.',
  references: ['OpenAPI 2.0 §Schema Object (no anyOf, oneOf)', 'spectral:oas oas2-anyOf, oas2-oneOf'],
  examples: {
    bad: 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ndefinitions:\n  Id: { oneOf: [{ type: string }, { type: integer }] }\n',
    good: 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ndefinitions:\n  Id: { type: string }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (ctx.doc.version !== '2.0') return;
      for (const keyword of ['anyOf', 'oneOf'])
        if (node[keyword] !== undefined)
          report(ctx, {
            at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/${keyword}` },
            target: 'key',
            message: `${keyword} does not exist in OpenAPI 2.0`,
            messageId: keyword,
            data: { keyword },
          });
    },
  }),
});

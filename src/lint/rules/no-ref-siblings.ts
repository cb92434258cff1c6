import { filesOf, writtenRefs } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-ref-siblings',
  category: 'schema',
  severity: 'warn',
  presets: ['strict'],
  formats: ['oas', 'async'],
  description: 'OpenAPI 2.0 and 3.0, AsyncAPI: nothing is written beside a `$ref` (except in an OpenAPI path item).',
  rationale:
    'In OpenAPI 2.0 and 3.0 and in AsyncAPI a `$ref` replaces its object: a sibling `description`, `nullable` or `example` is silently ignored, so the documented constraint does not apply. (OpenAPI 3.1 allows them, so the rule leaves 3.1 alone.)',
  fix: 'Move the siblings into the referenced object, or wrap the reference: `allOf: [{ $ref: … }]` beside them.',
  references: [
    'OpenAPI 3.0.3 §4.7.23 "Reference Object: additional properties SHALL be ignored"',
    'spectral:oas no-$ref-siblings',
    'AsyncAPI 2.6.0 "Reference Object: this object cannot be extended with additional properties"',
    'Redocly spec-ref-siblings',
  ],
  examples: {
    bad: 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Id: { type: string }\n    Order: { type: object, properties: { id: { $ref: "#/components/schemas/Id", description: The id } } }\n',
    good: 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Id: { type: string }\n    Order: { type: object, properties: { id: { allOf: [{ $ref: "#/components/schemas/Id" }], description: The id } } }\n',
  },
  create: ({ report }) => ({
    Document(_node, ctx) {
      const openapi = ctx.doc.kind !== 'asyncapi';
      if (openapi && ctx.doc.version.startsWith('3.1')) return;
      for (const file of filesOf(ctx.doc))
        for (const { node, at } of writtenRefs(file).withSiblings) {
          // A path item may sit beside its $ref (the specification merges them).
          if (openapi && /^\/paths\/[^/]+$/.test(at.pointer) && file === ctx.doc.rootFile) continue;
          for (const key of Object.keys(node))
            if (key !== '$ref')
              report(ctx, {
                at: { file, pointer: `${at.pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` },
                target: 'key',
                message: `${key} beside $ref is ignored`,
                data: { key },
              });
        }
    },
  }),
});

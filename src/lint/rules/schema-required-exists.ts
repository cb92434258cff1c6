import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'schema-required-exists',
  category: 'schema',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['oas', 'async'],
  description: 'Every name in `required` is a declared property.',
  rationale:
    'A required property that is not declared is usually a rename gone wrong: validators reject every request (nothing can supply an undeclared field), or generated models miss it.',
  fix: 'Declare the property, or remove it from `required`.',
  references: ['JSON Schema Validation §6.5.3 "required"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    A: { type: object, required: [id, nmae], properties: { id: { type: string }, name: { type: string } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    A: { type: object, required: [id, name], properties: { id: { type: string }, name: { type: string } } }\n    B:\n      allOf:\n        - $ref: "#/components/schemas/A"\n        - { type: object, required: [name], properties: { extra: { type: string } } }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (!Array.isArray(node.required) || typeof node.properties !== 'object' || !node.properties) return;
      // The properties map itself may be a $ref (DigitalOcean writes `properties: { $ref: … }`).
      const properties = ctx.doc.deref(node.properties, ctx.at.file, `${ctx.at.pointer}/properties`).node as Record<string, unknown>;
      // With composition or open properties, the name may be declared elsewhere (a sibling allOf member).
      if (ctx.composed || node.allOf || node.anyOf || node.oneOf || node.additionalProperties || node.patternProperties) return;
      node.required.forEach((name: unknown, i: number) => {
        if (!(String(name) in (properties ?? {})))
          report(ctx, {
            at: { file: ctx.at.file, pointer: `${ctx.at.pointer}/required/${i}` },
            message: `"${String(name)}" is required but not declared in properties`,
          });
      });
    },
  }),
});

import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'discriminator-property-defined',
  category: 'schema',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'OpenAPI 2.0: a schema’s `discriminator` names one of its properties, and that property is required.',
  rationale:
    'The discriminator is how readers of a polymorphic value tell its type: if the property is not declared or may be absent, no value can be told apart.',
  fix: 'Declare the discriminator property in `properties` and list it in `required`.',
  references: ['OpenAPI 2.0 §Schema Object "discriminator: the property name MUST be defined and in the required list"', 'spectral:oas oas2-discriminator'],
  examples: {
    bad: 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ndefinitions:\n  Pet: { type: object, discriminator: kind, properties: { kind: { type: string } } }\n',
    good: 'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ndefinitions:\n  Pet: { type: object, discriminator: kind, required: [kind], properties: { kind: { type: string } } }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      // OpenAPI 3's discriminator is an object whose property may live in the oneOf members: not judged here.
      if (ctx.doc.version !== '2.0' || typeof node.discriminator !== 'string') return;
      const name = node.discriminator;
      const at = { file: ctx.at.file, pointer: `${ctx.at.pointer}/discriminator` };
      const declared = node.properties !== null && typeof node.properties === 'object' && name in node.properties;
      if (!declared) report(ctx, { at, message: `discriminator "${name}" is not a declared property`, messageId: 'undeclared', data: { property: name } });
      else if (!Array.isArray(node.required) || !node.required.includes(name))
        report(ctx, { at, message: `discriminator "${name}" is not required`, messageId: 'optional', data: { property: name } });
    },
  }),
});

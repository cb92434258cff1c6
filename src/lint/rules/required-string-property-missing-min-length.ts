import { joinPointer } from '../../core/pointer.js';
import { isObject } from '../helpers.js';
import { resolved } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'required-string-property-missing-min-length',
  category: 'schema',
  severity: 'warn',
  presets: [],
  formats: ['oas', 'async'],
  description: 'A required string property has a `minLength`.',
  rationale: 'Required says the property is present, not that it holds anything: without `minLength: 1` an empty string satisfies it.',
  fix: 'Add `minLength: 1` (or the real minimum) to the required string property.',
  references: ['JSON Schema Validation §6.3.2 "minLength"', 'Redocly required-string-property-missing-min-length'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    User: { type: object, required: [name], properties: { name: { type: string } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    User: { type: object, required: [name], properties: { name: { type: string, minLength: 1 } } }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (!Array.isArray(node.required) || !isObject(node.properties)) return;
      for (const name of node.required) {
        if (typeof name !== 'string' || !(name in node.properties)) continue;
        const at = { file: ctx.at.file, pointer: joinPointer(ctx.at.pointer, 'properties', name) };
        const { node: property } = resolved(ctx.doc, node.properties[name], at);
        if (isObject(property) && property.type === 'string' && property.minLength === undefined)
          report(ctx, { at, target: 'key', message: `required string property "${name}" has no minLength`, data: { property: name } });
      }
    },
  }),
});

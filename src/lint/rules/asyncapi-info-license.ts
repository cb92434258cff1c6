import { isObject } from '../helpers.js';
import { closestAt } from '../async-peers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-info-license',
  category: 'docs',
  severity: 'warn',
  presets: [],
  formats: ['async'],
  description: 'The document has an `info.license` (selected by `extends: spectral:asyncapi`).',
  rationale:
    'A published contract without a licence leaves outside consumers unsure whether they may generate code from it. Internal contracts rarely need one, so this rule is in no archway preset.',
  fix: 'Add `info.license` with the licence’s name and URL.',
  references: [
    'AsyncAPI 3.0.0 "License Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#licenseObject)',
    'Spectral asyncapi-info-license',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, license: { name: Apache-2.0 } }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (!isObject(node.info) || !node.info.license)
        report(ctx, { at: closestAt(ctx.doc, 'info', 'license'), target: 'key', message: 'the document has no info.license' });
    },
  }),
});

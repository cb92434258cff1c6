import { isObject } from '../helpers.js';
import { closestAt } from '../async-peers.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-info-license-url',
  category: 'docs',
  severity: 'warn',
  presets: [],
  formats: ['async'],
  description: 'The document’s licence has a `url` (selected by `extends: spectral:asyncapi` or a Redocly config).',
  rationale: 'A licence name alone can be ambiguous (which BSD?); the URL says exactly which terms apply. A style-guide rule, in no archway preset.',
  fix: 'Add `info.license.url` pointing at the licence text.',
  references: [
    'AsyncAPI 3.0.0 "License Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#licenseObject)',
    'Spectral asyncapi-info-license-url; Redocly info-license-strict',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, license: { name: Apache-2.0 } }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, license: { name: Apache-2.0, url: "https://www.apache.org/licenses/LICENSE-2.0" } }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const license = isObject(node.info) ? node.info.license : undefined;
      if (!isObject(license) || !license.url)
        report(ctx, { at: closestAt(ctx.doc, 'info', 'license', 'url'), target: 'key', message: 'the document’s licence has no url' });
    },
  }),
});

import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'license-url',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  description: 'The licence links to its text: `url`, or in OpenAPI 3.1 an SPDX `identifier`.',
  rationale: 'A licence name alone (“Proprietary”, “Custom”) does not say what consumers may do; its text or SPDX identifier does.',
  fix: 'Add `info.license.url` (or `identifier` in OpenAPI 3.1).',
  references: ['OpenAPI 3.1 §4.8.4 "License Object"', 'spectral:oas license-url', 'Redocly info-license-strict'],
  examples: {
    bad: 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0, license: { name: Custom } }\npaths: {}\n',
    good: 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0, license: { name: MIT, url: "https://opensource.org/licenses/MIT" } }\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const license = node.info?.license;
      if (license === null || typeof license !== 'object' || Array.isArray(license)) return;
      const identified = ctx.doc.version.startsWith('3.1') && typeof license.identifier === 'string' && license.identifier !== '';
      if ((typeof license.url !== 'string' || license.url === '') && !identified)
        report(ctx, { at: { file: ctx.at.file, pointer: '/info/license' }, target: 'key', message: 'the license has no url' });
    },
  }),
});

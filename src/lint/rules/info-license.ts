import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'info-license',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  description: 'The document names its licence in `info.license`.',
  rationale: 'Without a licence, consumers and code generators cannot tell whether they may copy the description or the SDKs built from it.',
  fix: 'Add `info.license` with the licence’s `name` and `url` (or, in OpenAPI 3.1, its SPDX `identifier`).',
  references: ['OpenAPI 3.1 §4.8.4 "License Object"', 'spectral:oas info-license', 'Redocly info-license'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0, license: { name: MIT, identifier: MIT } }\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const info = node.info;
      if (info === null || typeof info !== 'object') return;
      if (info.license === null || typeof info.license !== 'object')
        report(ctx, { at: { file: ctx.at.file, pointer: '/info' }, target: 'key', message: 'info names no license' });
    },
  }),
});

import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'info-version-semver',
  category: 'versioning',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: '`info.version` is a version: semantic (MAJOR.MINOR.PATCH), MAJOR.MINOR or a bare major, a release date or CalVer.',
  rationale:
    'The version tells consumers whether a new contract can break them. `latest` or `v2-final` says nothing; semver says breaking (major), additive (minor) or fix (patch).',
  fix: 'Set `info.version` to a semantic version such as 1.4.0, bumping MAJOR on every breaking change (`archway diff` tells you which).',
  references: ['Semantic Versioning 2.0.0'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: latest }\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.4.0 }\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const version = String(node.info?.version ?? '');
      if (/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version) || /^\d{4}-\d{2}-\d{2}(?:\.[a-z]+)?$/.test(version)) return;
      // MAJOR.MINOR, a bare major (`10`) and CalVer (`2024.0`, `2024.01`) are versioning schemes too.
      if (/^\d+(\.\d+)?$/.test(version) || /^\d{4}[.-]\d{1,2}([.-]\d{1,2})?$/.test(version)) return;
      report(ctx, {
        at: { file: ctx.at.file, pointer: '/info/version' },
        message: `info.version "${version}" is neither a semantic version nor a release date`,
      });
    },
  }),
});

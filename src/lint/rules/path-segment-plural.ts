import { escapeSegment } from '../../core/pointer.js';
import { isSingular } from '../plural.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'path-segment-plural',
  category: 'naming',
  severity: 'error',
  presets: [],
  description: 'Every static path segment is a plural noun (`/orders/{id}`, not `/order/{id}`), unless the config excepts it.',
  rationale:
    'Some style guides name each collection in the plural so a path reads as “an item of the collection”; a singular segment beside plural ones makes clients guess which form each resource takes.',
  fix: 'Use the plural form, or list the segment in `exceptions` (`v1`, `me`…); `ignoreLastPathSegment` exempts action endpoints.',
  references: ['Redocly path-segment-plural (singular and plural as the pluralize library judges them)'],
  options: {
    ignoreLastPathSegment: { kind: 'boolean', description: 'Leave the last segment of each path alone.', default: false },
    exceptions: { kind: 'strings', description: 'Segments allowed to be singular, as written (`v1`, `me`).', default: [] },
  },
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /order/{id}:\n    get: { responses: { "200": { description: OK } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders/{id}:\n    get: { responses: { "200": { description: OK } } }\n',
  },
  create: ({ report, options }) => ({
    PathItem(_node, ctx) {
      const path = ctx.name!;
      if (!path.startsWith('/')) return;
      const segments = path.split('/').slice(1);
      if (options.ignoreLastPathSegment === true) segments.pop();
      const exceptions = options.exceptions as readonly string[];
      // An empty segment (`//`, a trailing slash) is no word; no-path-trailing-slash judges it.
      const singular = segments.filter(
        (segment) => segment !== '' && !exceptions.includes(segment) && !(segment.startsWith('{') && segment.endsWith('}')) && isSingular(segment),
      );
      if (singular.length === 0) return;
      report(ctx, {
        at: { file: ctx.doc.rootFile, pointer: `/paths/${escapeSegment(path)}` },
        target: 'key',
        message: `path ${path} has singular ${singular.length === 1 ? 'segment' : 'segments'} ${singular.join(', ')}`,
        data: { segments: singular },
      });
    },
  }),
});

import { child } from '../events.js';
import { rootAt } from '../async-peers.js';
import { defineLintRule } from '../rule.js';

/** The newest AsyncAPI version archway reads (and Spectral's `latestVersion` with @asyncapi/specs 6). */
const LATEST = '3.1.0';

export default defineLintRule({
  id: 'asyncapi-latest-version',
  category: 'versioning',
  severity: 'info',
  presets: [],
  formats: ['async'],
  description: `The document uses the latest AsyncAPI version (${LATEST}) (selected by \`extends: spectral:asyncapi\`).`,
  rationale:
    'Newer versions fix ambiguities (3.0 separates channels from operations and says which side sends) and tooling support moves on. Migrating is a project, not a lint fix, so this rule is in no archway preset.',
  fix: `Migrate the document to AsyncAPI ${LATEST} (the AsyncAPI CLI's \`asyncapi convert\` does most of it).`,
  references: ['AsyncAPI 3.0.0 migration guide (https://www.asyncapi.com/docs/migration/migrating-to-v3)', 'Spectral asyncapi-latest-version'],
  examples: {
    bad: 'asyncapi: 2.6.0\ninfo: { title: T, version: 1.0.0 }\nchannels: {}\n',
    good: 'asyncapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      if (node.asyncapi !== LATEST)
        report(ctx, {
          at: child(rootAt(ctx.doc), 'asyncapi'),
          message: `the document uses AsyncAPI ${String(node.asyncapi)}; the latest version is ${LATEST}`,
          data: { version: String(node.asyncapi), latest: LATEST },
        });
    },
  }),
});

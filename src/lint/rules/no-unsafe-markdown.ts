import { eachNode, filesOf } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

/** What a documentation site would run if it rendered the markdown as HTML. */
const UNSAFE: Array<{ id: string; pattern: RegExp; what: string }> = [
  { id: 'script', pattern: /<script\b/i, what: 'a <script> tag' },
  { id: 'handler', pattern: /<[a-z][^>]*\bon[a-z]+\s*=/i, what: 'an HTML event handler attribute' },
  { id: 'javascript-url', pattern: /(?:\]\(\s*|\b(?:href|src)\s*=\s*["']?\s*)javascript:/i, what: 'a javascript: URL' },
  { id: 'eval', pattern: /\beval\s*\(/i, what: 'eval(' },
];
/**
 * A file whose text has none of these cannot hold an unsafe description: most files are skipped
 * without a walk. `\u003c` and `\x3c` are an escaped `<` (JSON, YAML double quotes). It is run on
 * `searchText` (a large JSON file's bytes, undecoded), where a non-ASCII space is bytes in \x80–\xff.
 */
const SUSPECT = /<script|javascript:|eval[\s\x80-\xff]*\(|\\u003c|\\x3c|<[a-z][^>]*\bon[a-z]+[\s\x80-\xff]*=/i;

export default defineLintRule({
  id: 'no-unsafe-markdown',
  category: 'security',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['oas', 'async'],
  description: 'Descriptions and titles carry no script: no `<script>`, event handler, `javascript:` URL or `eval(`.',
  rationale:
    'Documentation portals render descriptions as HTML: a script in a description runs in every reader’s browser (stored XSS through the API description).',
  fix: 'Remove the script from the description; link to a page instead.',
  references: [
    'OWASP Cross Site Scripting Prevention Cheat Sheet',
    'spectral:oas no-script-tags-in-markdown, no-eval-in-markdown',
    'Redocly no-unsafe-markdown',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0, description: "Hello <script>alert(1)</script>" }\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0, description: "Hello, see [the guide](https://shop.io/guide)." }\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(_node, ctx) {
      for (const file of filesOf(ctx.doc)) {
        if (!SUSPECT.test(file.source.searchText)) continue;
        eachNode(file, (node, place) => {
          for (const field of ['description', 'title'])
            if (typeof node[field] === 'string') {
              const unsafe = UNSAFE.find((u) => u.pattern.test(node[field]));
              if (unsafe)
                report(ctx, {
                  at: { file, pointer: `${place().pointer}/${field}` },
                  message: `${field} contains ${unsafe.what}`,
                  messageId: unsafe.id,
                  data: { field },
                });
            }
        });
      }
    },
  }),
});

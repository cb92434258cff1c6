import { defineLintRule } from '../rule.js';
import { serverUrls } from '../oas-nodes.js';

export default defineLintRule({
  id: 'no-server-trailing-slash',
  category: 'naming',
  severity: 'warn',
  presets: ['strict'],
  description: 'Server URLs (OpenAPI 2.0: the host) do not end with a slash.',
  rationale:
    'Paths start with a slash: a server URL ending with one yields `https://api.example.com//orders`, which some servers and proxies reject or route elsewhere.',
  fix: 'Remove the trailing slash from the server URL.',
  references: [
    'OpenAPI 3.1 §4.8.8.1 "Paths Object: the path is appended to the server URL"',
    'spectral:oas oas3-server-trailing-slash, oas2-host-trailing-slash',
    'Redocly no-server-trailing-slash',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nservers: [{ url: "https://api.example.com/" }]\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nservers: [{ url: "https://api.example.com" }]\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      for (const { url, at, kind } of serverUrls(ctx.doc, node, ctx.at))
        if (url !== '/' && url.endsWith('/'))
          report(ctx, { at, messageId: kind, message: `${kind === 'host' ? 'host' : 'server URL'} ${url} ends with a slash`, data: { url } });
    },
  }),
});

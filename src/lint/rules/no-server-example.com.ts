import { defineLintRule } from '../rule.js';
import { serverUrls } from '../oas-nodes.js';

/** A host that is example.com (or a subdomain of it) or localhost. */
const PLACEHOLDER = /^([a-z][a-z0-9+.-]*:\/\/)?([^/?#]*[.@])?(example\.com|localhost)(?=[/:?#]|$)/i;

export default defineLintRule({
  id: 'no-server-example.com',
  category: 'docs',
  severity: 'warn',
  presets: [],
  description: 'Server URLs (OpenAPI 2.0: the host) do not point at example.com or localhost.',
  rationale: 'A placeholder server is a description that was never finished: generated clients and consoles call a host that is not the API.',
  fix: 'Use the API’s real base URL.',
  references: [
    'RFC 2606 §3 "Reserved Example Second Level Domain Names"',
    'spectral:oas oas3-server-not-example.com, oas2-host-not-example',
    'Redocly no-server-example.com',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nservers: [{ url: "https://api.example.com/v1" }]\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nservers: [{ url: "https://api.shop.io/v1" }]\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      for (const { url, at, kind } of serverUrls(ctx.doc, node, ctx.at))
        if (PLACEHOLDER.test(url))
          report(ctx, { at, messageId: kind, message: `${kind === 'host' ? 'host' : 'server URL'} ${url} is a placeholder`, data: { url } });
    },
  }),
});

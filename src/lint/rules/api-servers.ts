import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'api-servers',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  description: 'The document says where the API is served: a non-empty `servers` (OpenAPI 3), or `host` and `schemes` (OpenAPI 2.0).',
  rationale: 'Without a server, generated clients and “try it” consoles call the documentation’s own host; consumers have to guess the base URL.',
  fix: 'Add `servers` with the API’s base URL (OpenAPI 2.0: `host` and `schemes`).',
  references: ['OpenAPI 3.1 §4.8.5 "Server Object"', 'spectral:oas oas3-api-servers, oas2-api-host, oas2-api-schemes', 'Redocly no-empty-servers'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nservers: [{ url: "https://api.example.com" }]\npaths: {}\n',
  },
  create: ({ report }) => ({
    Document(node, ctx) {
      const file = ctx.at.file;
      if (ctx.doc.version !== '2.0') {
        if (Array.isArray(node.servers) && node.servers.length > 0) return;
        const present = node.servers !== undefined;
        return report(ctx, {
          at: { file, pointer: present ? '/servers' : '/openapi' },
          target: 'key',
          message: 'the document declares no servers',
          messageId: 'servers',
        });
      }
      const missing = [
        ...(typeof node.host !== 'string' || node.host === '' ? ['host'] : []),
        ...(!Array.isArray(node.schemes) || node.schemes.length === 0 ? ['schemes'] : []),
      ];
      if (missing.length > 0)
        report(ctx, {
          at: { file, pointer: '/swagger' },
          target: 'key',
          message: `the document declares no ${missing.join(' and no ')}`,
          messageId: 'host',
          data: { missing },
        });
    },
  }),
});

import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'servers-https',
  category: 'security',
  severity: 'error',
  presets: ['recommended', 'strict'],
  description: 'Server URLs use https (localhost excepted).',
  rationale: 'Over plain http, tokens, cookies and personal data cross the network readable and changeable by anyone on the path.',
  fix: 'Serve the API over TLS and list `https://` server URLs.',
  references: ['OWASP ASVS 4.0, V9.1.1', 'RFC 9110 §4.2.2 "https URI Scheme"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nservers: [{ url: "http://api.example.com" }]\npaths: {}\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\nservers: [{ url: "https://api.example.com" }]\npaths: {}\n',
  },
  create: ({ report }) => ({
    Server(node, ctx) {
      const url = String(node.url ?? '');
      if (/^http:\/\//i.test(url) && !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/i.test(url))
        report(ctx, { messageId: 'server', message: `server ${url} is plain http` });
    },
    Document(node, ctx) {
      if (Array.isArray(node.schemes) && node.schemes.includes('http') && !node.schemes.includes('https'))
        report(ctx, { at: { file: ctx.at.file, pointer: '/schemes' }, messageId: 'schemes', message: 'the API is served over plain http only' });
    },
  }),
});

import { defineDesignRule } from '../../review/rule.js';

export default defineDesignRule({
  id: 'cors-permissive',
  stage: 'boundaries',
  category: 'security',
  severity: 'warn',
  description: 'CORS allows named origins, never any origin.',
  rationale:
    'A wildcard origin lets any web page call the API from a user’s browser. Browsers refuse `*` with credentials, so a design asking for both usually ends up reflecting any Origin header, which hands authenticated sessions to every site.',
  fix: 'List the exact origins in `security.cors.origins`.',
  verify: 'A preflight from a foreign origin gets no Access-Control-Allow-Origin header.',
  references: ['OWASP ASVS 4.0, V14.5.3', 'Fetch Standard, "CORS protocol"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nsecurity: { cors: { origins: ["*"], credentials: true } }\n',
    good: 'archway: 1\nservice: { name: orders }\nsecurity: { cors: { origins: ["https://shop.example.com"], credentials: true } }\n',
  },
  check({ design, report }) {
    const cors = design.security?.cors;
    if (!cors || !cors.origins.includes('*')) return;
    report({
      pointer: '/security/cors/origins',
      severity: cors.credentials ? 'error' : 'warn',
      message: cors.credentials
        ? 'CORS allows any origin with credentials: browsers refuse it, so servers end up reflecting any origin and expose sessions to every site'
        : 'CORS allows any origin, so any web page can call the API from a user’s browser',
    });
  },
});

import { defineDesignRule } from '../../core/design-rule.js';

/** Loopback origins are plain HTTP but reachable only from the user's own machine, so no one on the network can take them over. */
const LOOPBACK = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

export default defineDesignRule({
  id: 'cors-permissive',
  stage: 'boundaries',
  category: 'security',
  severity: 'warn',
  description: 'CORS allows an allow-list of named HTTPS origins: never any origin, the `null` origin, or a plain-HTTP origin.',
  rationale:
    'A wildcard origin lets any web page call the API from a user’s browser. Browsers refuse `*` together with credentials, so a design asking for both ends up reflecting whatever Origin arrives, which hands authenticated sessions to every site. The `null` origin is what sandboxed iframes and local files send, so any attacker can obtain it; a plain-HTTP origin can be taken over by anyone on the network path and then read the API’s responses.',
  fix: 'List the exact HTTPS origins of the web apps that call the API in `security.cors.origins`.',
  verify: 'A preflight from a foreign origin gets no Access-Control-Allow-Origin header, and none echoing that origin.',
  references: [
    'OWASP ASVS 4.0.3, V14.5.3 (strict CORS allow-list, no "null" origin)',
    'OWASP API Security Top 10 2023, API8 "Security Misconfiguration"',
    'Fetch Standard, §3.2 "CORS protocol" (credentialed requests and the wildcard)',
  ],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nsecurity: { cors: { origins: ["*"], credentials: true } }\n',
    good: 'archway: 1\nservice: { name: orders }\nsecurity: { cors: { origins: ["https://shop.example.com"], credentials: true } }\n',
  },
  check({ design, report }) {
    const cors = design.security?.cors;
    if (!cors) return;
    const withCredentials = cors.credentials === true;
    cors.origins.forEach((origin, index) => {
      const pointer = `/security/cors/origins/${index}`;
      if (origin === '*') {
        report({
          pointer,
          severity: withCredentials ? 'error' : 'warn',
          message: withCredentials
            ? 'CORS allows any origin with credentials: browsers refuse that pair, so the server ends up reflecting any origin and exposes sessions to every site'
            : 'CORS allows any origin, so any web page can call the API from a user’s browser',
        });
      } else if (origin.toLowerCase() === 'null') {
        report({
          pointer,
          severity: withCredentials ? 'error' : 'warn',
          message: 'CORS allows the "null" origin, which any site can send from a sandboxed iframe',
        });
      } else if (/^http:\/\//i.test(origin) && !LOOPBACK.test(origin)) {
        report({ pointer, message: `CORS allows the plain-HTTP origin "${origin}", which anyone on the network path can impersonate` });
      }
    });
  },
});

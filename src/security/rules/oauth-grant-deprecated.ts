import { defineDesignRule } from '../../core/design-rule.js';

/** The two grants RFC 9700 retires, as a design names them in `security.authentication`. */
const GRANTS = [
  {
    pattern: /\b(resource[- ]owner password( credentials)?|password (credentials )?(grant|flow)|ropc)\b/i,
    severity: 'error' as const,
    message:
      'security.authentication names the OAuth resource owner password credentials grant, which RFC 9700 says MUST NOT be used: the client sees the user’s password, and MFA or phishing-resistant login cannot be added',
  },
  {
    pattern: /\bimplicit (grant|flow)\b/i,
    severity: 'warn' as const,
    message:
      'security.authentication names the OAuth implicit grant, which RFC 9700 says SHOULD NOT be used: access tokens arrive in the URL, leak through history and referrers, and cannot be sender-constrained',
  },
];

export default defineDesignRule({
  id: 'oauth-grant-deprecated',
  stage: 'boundaries',
  category: 'security',
  severity: 'error',
  description: 'Authentication does not rely on the OAuth implicit or resource owner password credentials grants.',
  rationale:
    'OAuth 2.0 Security Best Current Practice retires both grants. The password grant trains users to type their password into clients and rules out multi-factor and federated login; the implicit grant returns tokens in the redirect URL, where browser history, referrers and injected scripts can read them. The authorization code grant with PKCE covers both cases.',
  fix: 'Use the authorization code grant with PKCE for user-facing clients and the client credentials grant for services.',
  verify:
    'A test against the authorization server asks for `response_type=token` and `grant_type=password` and gets `unsupported_response_type` and `unsupported_grant_type`.',
  references: [
    'RFC 9700 §2.1.2 "Implicit Grant" and §2.4 "Resource Owner Password Credentials Grant"',
    'RFC 6749 §10.7 "Resource Owner Password Credentials" and §10.16',
    'OWASP API Security Top 10 2023, API2 "Broken Authentication"',
  ],
  examples: {
    bad: 'archway: 1\nservice: { name: accounts }\nsecurity: { authentication: OAuth 2.0 password grant for the mobile app }\n',
    good: 'archway: 1\nservice: { name: accounts }\nsecurity: { authentication: OAuth 2.0 authorization code grant with PKCE for the mobile app }\n',
  },
  check({ design, report }) {
    const auth = design.security?.authentication;
    if (!auth) return;
    for (const grant of GRANTS) {
      if (grant.pattern.test(auth)) report({ pointer: '/security/authentication', severity: grant.severity, message: grant.message });
    }
  },
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DesignRule } from '../../src/core/design-rule.js';
import { securityRules } from '../../src/security/index.js';
import { findings, rawFindings } from './support.js';

const rule = (id: string): DesignRule => {
  const found = securityRules.find((r) => r.id === id);
  assert.ok(found, id);
  return found;
};

/** Each case beyond the rule's own examples: a design and the exact findings, one line each. */
const CASES: Array<{ id: string; name: string; yaml: string; expect: string[] }> = [
  {
    id: 'authentication-undeclared',
    name: 'a partner API needs authentication too; an internal one does not',
    yaml: 'archway: 1\nservice: { name: orders }\napi:\n  - { name: admin, visibility: internal }\n  - { name: shops, visibility: partner }\n',
    expect: [
      'authentication-undeclared@/api/1 5:5 error partner API "shops" is exposed but security.authentication says nothing about how callers authenticate',
    ],
  },
  {
    id: 'authentication-undeclared',
    name: 'a blank authentication counts as undeclared',
    yaml: 'archway: 1\nservice: { name: orders }\napi:\n  - name: public\n    visibility: public\nsecurity:\n  authentication: "  "\n',
    expect: [
      'authentication-undeclared@/api/0 4:5 error public API "public" is exposed but security.authentication says nothing about how callers authenticate',
    ],
  },
  {
    id: 'authentication-undeclared',
    name: 'internal APIs and APIs of unstated visibility pass',
    yaml: 'archway: 1\nservice: { name: orders }\napi:\n  - { name: admin, visibility: internal }\n  - { name: web }\n',
    expect: [],
  },
  {
    id: 'cors-permissive',
    name: 'the null origin and plain-HTTP origins are flagged; HTTPS and loopback pass',
    yaml: 'archway: 1\nservice: { name: orders }\nsecurity:\n  cors:\n    origins:\n      - https://shop.example.com\n      - "null"\n      - http://legacy.example.com\n      - http://localhost:3000\n',
    expect: [
      'cors-permissive@/security/cors/origins/1 7:9 warn CORS allows the "null" origin, which any site can send from a sandboxed iframe',
      'cors-permissive@/security/cors/origins/2 8:9 warn CORS allows the plain-HTTP origin "http://legacy.example.com", which anyone on the network path can impersonate',
    ],
  },
  {
    id: 'cors-permissive',
    name: 'a wildcard without credentials is a warning',
    yaml: 'archway: 1\nservice: { name: orders }\nsecurity: { cors: { origins: ["*"] } }\n',
    expect: ['cors-permissive@/security/cors/origins/0 3:31 warn CORS allows any origin, so any web page can call the API from a user’s browser'],
  },
  {
    id: 'cors-permissive',
    name: 'the null origin with credentials is an error',
    yaml: 'archway: 1\nservice: { name: orders }\nsecurity: { cors: { origins: ["null"], credentials: true } }\n',
    expect: ['cors-permissive@/security/cors/origins/0 3:31 error CORS allows the "null" origin, which any site can send from a sandboxed iframe'],
  },
  {
    id: 'cors-permissive',
    name: 'named HTTPS origins and a loopback origin pass, with credentials',
    yaml: 'archway: 1\nservice: { name: orders }\nsecurity: { cors: { origins: ["https://shop.example.com", "https://admin.example.com", "http://127.0.0.1:8080"], credentials: true } }\n',
    expect: [],
  },
  {
    id: 'oauth-grant-deprecated',
    name: 'the implicit grant is a warning',
    yaml: 'archway: 1\nservice: { name: web }\nsecurity: { authentication: OAuth 2.0 implicit flow for the single-page app }\n',
    expect: [
      'oauth-grant-deprecated@/security/authentication 3:29 warn security.authentication names the OAuth implicit grant, which RFC 9700 says SHOULD NOT be used: access tokens arrive in the URL, leak through history and referrers, and cannot be sender-constrained',
    ],
  },
  {
    id: 'oauth-grant-deprecated',
    name: 'both retired grants named at once give both findings',
    yaml: 'archway: 1\nservice: { name: web }\nsecurity: { authentication: "ROPC for the legacy app, implicit grant for the SPA" }\n',
    expect: [
      'oauth-grant-deprecated@/security/authentication 3:29 error security.authentication names the OAuth resource owner password credentials grant, which RFC 9700 says MUST NOT be used: the client sees the user’s password, and MFA or phishing-resistant login cannot be added',
      'oauth-grant-deprecated@/security/authentication 3:29 warn security.authentication names the OAuth implicit grant, which RFC 9700 says SHOULD NOT be used: access tokens arrive in the URL, leak through history and referrers, and cannot be sender-constrained',
    ],
  },
  {
    id: 'oauth-grant-deprecated',
    name: 'client credentials and passwordless login pass',
    yaml: 'archway: 1\nservice: { name: web }\nsecurity: { authentication: "OAuth 2.0 client credentials grant; passwordless magic links for people" }\n',
    expect: [],
  },
  {
    id: 'pii-encryption-missing',
    name: 'each PII store names what it lacks; stores without PII pass',
    yaml: 'archway: 1\nservice: { name: orders }\ndata:\n  owned:\n    - { name: cart, store: redis }\n    - { name: customer, store: postgres, pii: [email, phone], encryptedAtRest: true }\n    - { name: ticket, pii: [name] }\n',
    expect: [
      'pii-encryption-missing@/data/owned/1 6:7 warn "customer" holds PII (email, phone) in postgres without a retention period',
      'pii-encryption-missing@/data/owned/2 7:7 warn "ticket" holds PII (name) in its store without encryption at rest or a retention period',
    ],
  },
  {
    id: 'pii-encryption-missing',
    name: 'an encrypted PII store with a retention period passes',
    yaml: 'archway: 1\nservice: { name: orders }\ndata:\n  owned:\n    - { name: customer, store: postgres, pii: [email], encryptedAtRest: true, retention: 2y }\n',
    expect: [],
  },
  {
    id: 'privacy-deletion-missing',
    name: 'only PII data without a deletion path is flagged, naming every regime',
    yaml: 'archway: 1\nservice: { name: orders }\nnfr: { privacy: { regimes: [gdpr, ccpa] } }\ndata:\n  owned:\n    - { name: order, pii: [email], deletion: erase on request }\n    - { name: review, pii: [name] }\n    - { name: price }\n',
    expect: ['privacy-deletion-missing@/data/owned/1 7:7 error "review" holds PII (name) under gdpr, ccpa but has no deletion path'],
  },
  {
    id: 'privacy-deletion-missing',
    name: 'PII without a stated privacy regime is left to pii-encryption-missing',
    yaml: 'archway: 1\nservice: { name: orders }\ndata:\n  owned: [{ name: order, pii: [email] }]\n',
    expect: [],
  },
  {
    id: 'rate-limit-missing',
    name: 'a login limit does not cover search or token use cases',
    yaml: 'archway: 1\nservice: { name: accounts }\ndomain:\n  useCases:\n    - log in\n    - search the catalogue\n    - issue an access token\n    - place an order\nsecurity: { rateLimits: [login] }\n',
    expect: [
      'rate-limit-missing@/domain/useCases/1 6:7 warn use case "search the catalogue" (expensive search or export) is one attackers automate, but no entry of security.rateLimits covers it',
      'rate-limit-missing@/domain/useCases/2 7:7 warn use case "issue an access token" (token) is one attackers automate, but no entry of security.rateLimits covers it',
    ],
  },
  {
    id: 'rate-limit-missing',
    name: 'limits match by kind, with - and _ read as spaces; "tokenize" is not a token use case',
    yaml: 'archway: 1\nservice: { name: accounts }\ndomain: { useCases: ["export invoices", "tokenize a card", "register an account"] }\nsecurity: { rateLimits: [invoice-export, sign_up] }\n',
    expect: [],
  },
  {
    id: 'rate-limit-missing',
    name: 'recovery without any security block',
    yaml: 'archway: 1\nservice: { name: accounts }\ndomain: { useCases: ["forgot my password"] }\n',
    expect: [
      'rate-limit-missing@/domain/useCases/0 3:22 warn use case "forgot my password" (password-recovery) is one attackers automate, but no entry of security.rateLimits covers it',
    ],
  },
  {
    id: 'secrets-in-logs',
    name: 'session cookies need cookie redacted, not only authorization',
    yaml: 'archway: 1\nservice: { name: web }\nsecurity: { authentication: session cookies }\ntelemetry: { logs: { redact: [authorization] } }\n',
    expect: ['secrets-in-logs@/telemetry/logs/redact 4:30 error logs do not redact cookie (from security.authentication "session cookies")'],
  },
  {
    id: 'secrets-in-logs',
    name: 'passwords and issued tokens come from the use cases; a header path names authorization',
    yaml: 'archway: 1\nservice: { name: accounts }\ndomain: { useCases: ["sign in with a password", "refresh an access token"] }\ntelemetry:\n  logs:\n    redact: [headers.Authorization]\n',
    expect: [
      'secrets-in-logs@/telemetry/logs/redact 6:13 error logs do not redact password (from use case "sign in with a password"), token (from use case "refresh an access token")',
    ],
  },
  {
    id: 'secrets-in-logs',
    name: 'body.* covers the password but not the Authorization header',
    yaml: 'archway: 1\nservice: { name: orders }\nsecurity: { authentication: JWT bearer tokens }\ndomain: { useCases: ["log in"] }\ntelemetry: { logs: { redact: ["body.*"] } }\n',
    expect: ['secrets-in-logs@/telemetry/logs/redact 5:30 error logs do not redact authorization (from security.authentication "JWT bearer tokens")'],
  },
  {
    id: 'secrets-in-logs',
    name: 'with no telemetry at all the finding points at the authentication that carries the credential',
    yaml: 'archway: 1\nservice: { name: orders }\nsecurity:\n  authentication: JWT bearer tokens\n',
    expect: ['secrets-in-logs@/security/authentication 4:19 error logs do not redact authorization (from security.authentication "JWT bearer tokens")'],
  },
  {
    id: 'secrets-in-logs',
    name: 'an API-key header redacted under another spelling passes',
    yaml: 'archway: 1\nservice: { name: partners }\nsecurity: { authentication: API keys in the X-Api-Key header }\ntelemetry: { logs: { redact: [X-Api-Key] } }\n',
    expect: [],
  },
  {
    id: 'secrets-in-logs',
    name: 'mutual TLS carries no header credential; a bare * redacts everything',
    yaml: 'archway: 1\nservice: { name: ledger }\nsecurity: { authentication: mutual TLS between services }\ndomain: { useCases: ["log in"] }\ntelemetry: { logs: { redact: ["*"] } }\n',
    expect: [],
  },
  {
    id: 'tenant-scoping-missing',
    name: 'only the unscoped datum is flagged when a tenant key exists',
    yaml: 'archway: 1\nservice: { name: invoices }\nnfr: { multiTenant: true }\nsecurity: { tenantKey: org_id }\ndata:\n  owned:\n    - { name: invoice, tenantScoped: true }\n    - { name: audit-entry }\n',
    expect: ['tenant-scoping-missing@/data/owned/1 8:7 error owned data "audit-entry" is not tenant-scoped in a multi-tenant service'],
  },
  {
    id: 'tenant-scoping-missing',
    name: 'a missing tenant key points at nfr.multiTenant',
    yaml: 'archway: 1\nservice: { name: invoices }\nnfr:\n  multiTenant: true\n',
    expect: [
      'tenant-scoping-missing@/nfr/multiTenant 4:16 error the service is multi-tenant but security.tenantKey names no tenant key, so nothing says how records are scoped',
    ],
  },
  {
    id: 'tenant-scoping-missing',
    name: 'a single-tenant service passes with unscoped data',
    yaml: 'archway: 1\nservice: { name: invoices }\nnfr: { multiTenant: false }\ndata:\n  owned: [{ name: invoice }]\n',
    expect: [],
  },
];

for (const c of CASES) {
  test(`${c.id}: ${c.name}`, () => assert.deepEqual(findings(rule(c.id), c.yaml), c.expect));
}

test('every rule has at least one passing and one failing case beyond its examples', () => {
  for (const { id } of securityRules) {
    const own = CASES.filter((c) => c.id === id);
    assert.ok(
      own.some((c) => c.expect.length === 0),
      `${id}: a passing case`,
    );
    assert.ok(
      own.some((c) => c.expect.length > 0),
      `${id}: a failing case`,
    );
  }
});

const yamlOf = (name: string): string => {
  const found = CASES.find((c) => c.name === name);
  assert.ok(found, name);
  return found.yaml;
};

test('fixes are specific to the finding where the design says enough', () => {
  const [rate] = rawFindings(rule('rate-limit-missing'), yamlOf('recovery without any security block'));
  assert.equal(
    rate.fix,
    'Name a limit for this use case in `security.rateLimits` (e.g. `recovery`), per account and per client, with 429 and Retry-After in the contract.',
  );
  const [secrets] = rawFindings(rule('secrets-in-logs'), yamlOf('passwords and issued tokens come from the use cases; a header path names authorization'));
  assert.equal(secrets.fix, 'Add `password`, `token` to `telemetry.logs.redact`.');
  assert.deepEqual(secrets.data, { missing: ['password', 'token'] });
  const [tenant] = rawFindings(rule('tenant-scoping-missing'), yamlOf('only the unscoped datum is flagged when a tenant key exists'));
  assert.equal(tenant.fix, 'Set `tenantScoped: true` on "audit-entry" and filter every query on `org_id`.');
});

test('the suggested rate-limit name satisfies the rule', () => {
  const yaml = (limit: string) =>
    `archway: 1\nservice: { name: a }\ndomain: { useCases: ["sign in", "sign up", "reset a password", "issue a token", "search orders"] }\nsecurity: { rateLimits: [${limit}] }\n`;
  for (const id of ['login', 'sign-up', 'recovery', 'token', 'search']) {
    const left = rawFindings(rule('rate-limit-missing'), yaml(id)).map((f) => (f.data as { kind: string }).kind);
    assert.ok(!left.includes(id), `a limit named ${id} covers its kind`);
    assert.equal(left.length, 4, `${id} covers only its own kind`);
  }
});

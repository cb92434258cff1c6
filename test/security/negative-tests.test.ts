import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDesignFile } from '../../src/model/load.js';
import { securityNegativeTests } from '../../src/security/index.js';
import { REPO } from '../support/cli.js';
import { design } from './support.js';

test('the checkout example: 401 and 403 from its authentication, a 429 per declared limit, CORS from its origins', () => {
  assert.deepEqual(securityNegativeTests(loadDesignFile(join(REPO, 'examples/checkout/archway.yaml'))), [
    'Unauthenticated (security.authentication: “oauth2 bearer tokens from the identity service”): every operation of `public` called without credentials, or with an expired or malformed one, answers 401 and changes nothing.',
    'Unauthorised (security.authentication: “oauth2 bearer tokens from the identity service”): a caller that is authenticated but lacks the scope or role an operation requires answers 403 on every operation of `public`, and changes nothing.',
    'Rate limit `place-order` (security.rateLimits): exceeding it answers 429 with Retry-After, per account and per client, and the limit holds across instances.',
    'Rate limit `list-orders` (security.rateLimits): exceeding it answers 429 with Retry-After, per account and per client, and the limit holds across instances.',
    'CORS (security.cors.origins: https://shop.example.com): a preflight from a foreign origin such as https://attacker.example gets no Access-Control-Allow-Origin or Access-Control-Allow-Credentials for it.',
  ]);
});

test('a multi-tenant design with a public API and no authentication: the exposure is the input, and cross-tenant names the data', () => {
  const tests = securityNegativeTests(
    design(
      'archway: 1\nservice: { name: invoices }\nnfr: { multiTenant: true }\napi:\n  - { name: public, visibility: public }\n  - { name: admin, visibility: internal }\ndata:\n  owned: [{ name: invoice }, { name: customer }]\nsecurity: { cors: { origins: ["*"] }, rateLimits: [login] }\n',
    ),
  );
  assert.deepEqual(tests, [
    'Unauthenticated (public API `public`, with security.authentication undeclared): every operation of `public`, `admin` called without credentials, or with an expired or malformed one, answers 401 and changes nothing.',
    'Unauthorised (public API `public`, with security.authentication undeclared): a caller that is authenticated but lacks the scope or role an operation requires answers 403 on every operation of `public`, `admin`, and changes nothing.',
    'Cross-tenant (nfr.multiTenant, no tenant key declared): a caller of tenant A who reads, updates, deletes or lists tenant B’s `invoice`, `customer` by id gets 404 or 403, and no record of B appears in any list or search.',
    'Rate limit `login` (security.rateLimits): exceeding it answers 429 with Retry-After, per account and per client, and the limit holds across instances.',
    'CORS (security.cors.origins: *): a preflight from a foreign origin such as https://attacker.example gets no Access-Control-Allow-Origin for it.',
  ]);
});

test('the tenant key is named when declared', () => {
  const [crossTenant] = securityNegativeTests(design('archway: 1\nservice: { name: invoices }\nnfr: { multiTenant: true }\nsecurity: { tenantKey: org_id }\n'));
  assert.equal(
    crossTenant,
    'Cross-tenant (nfr.multiTenant, tenant key `org_id`): a caller of tenant A who reads, updates, deletes or lists tenant B’s records by id gets 404 or 403, and no record of B appears in any list or search.',
  );
});

test('nothing to test: no authentication, no exposed API, single tenant, no limits, no CORS', () => {
  assert.deepEqual(securityNegativeTests(design('archway: 1\nservice: { name: batch }\napi:\n  - { name: internal, visibility: internal }\n')), []);
});

test('one 429 test per declared limit, in the order the design declares them', () => {
  const tests = securityNegativeTests(design('archway: 1\nservice: { name: a }\nsecurity: { authentication: jwt, rateLimits: [b, a] }\n'));
  assert.deepEqual(
    tests.filter((t) => t.startsWith('Rate limit')).map((t) => t.slice(0, 14)),
    ['Rate limit `b`', 'Rate limit `a`'],
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../../src/core/diagnostic.js';
import { securityRules } from '../../../src/security/index.js';
import { findings, rawFindings } from '../support.js';

const rule = (id: string) => securityRules.find((r) => r.id === id)!;
const data = (found: Finding[]) => found.map((f) => f.data);
const header = 'archway: 1\nservice: { name: orders }\n';

test('authentication-undeclared: data names the API; a security section without authentication still reports', () => {
  const api = 'api:\n  - { name: public, visibility: public, stability: stable }\n';
  assert.deepEqual(data(rawFindings(rule('authentication-undeclared'), `${header}${api}`)), [{ api: 'public' }]);
  assert.deepEqual(findings(rule('authentication-undeclared'), `${header}${api}security: { tenantKey: tenant_id }\n`), [
    'authentication-undeclared@/api/0 4:5 error public API "public" is exposed but security.authentication says nothing about how callers authenticate',
  ]);
});

test('cors-permissive and oauth-grant-deprecated: no security section, or none of theirs, is no finding', () => {
  for (const id of ['cors-permissive', 'oauth-grant-deprecated']) {
    assert.deepEqual(findings(rule(id), header), [], id);
    assert.deepEqual(findings(rule(id), `${header}security: { tenantKey: tenant_id }\n`), [], id);
  }
});

test('pii-encryption-missing, privacy-deletion-missing: data pinned; a blank deletion path is none; all PII fields listed', () => {
  assert.deepEqual(data(rawFindings(rule('pii-encryption-missing'), `${header}data:\n  owned: [{ name: order, store: postgres, pii: [email] }]\n`)), [
    { datum: 'order', missing: ['encryption at rest', 'a retention period'] },
  ]);
  const owned = (deletion: string) =>
    `${header}nfr: { privacy: { regimes: [gdpr, ccpa] } }\ndata:\n  owned: [{ name: order, store: postgres, pii: [email, phone], encryptedAtRest: true, retention: 7y${deletion} }]\n`;
  const found = rawFindings(rule('privacy-deletion-missing'), owned(', deletion: "  "'));
  assert.deepEqual(
    found.map((f) => [f.message, f.data]),
    [['"order" holds PII (email, phone) under gdpr, ccpa but has no deletion path', { datum: 'order', regimes: ['gdpr', 'ccpa'] }]],
  );
  assert.deepEqual(rawFindings(rule('privacy-deletion-missing'), owned(', deletion: erased on request')), []);
});

test('rate-limit-missing: data names the use case and the kind of limit it needs', () => {
  const text = 'archway: 1\nservice: { name: accounts }\ndomain: { useCases: ["reset a password"] }\n';
  assert.deepEqual(data(rawFindings(rule('rate-limit-missing'), text)), [{ useCase: 'reset a password', kind: 'recovery' }]);
});

test('tenant-scoping-missing: data names the datum; the fix names the declared tenant key', () => {
  const found = rawFindings(
    rule('tenant-scoping-missing'),
    `${header}nfr: { multiTenant: true }\nsecurity: { tenantKey: tenant_id }\ndata:\n  owned: [{ name: invoice, store: postgres }]\n`,
  );
  assert.deepEqual(
    found.map((f) => [f.location.pointer, f.data, f.fix]),
    [['/data/owned/0', { datum: 'invoice' }, 'Set `tenantScoped: true` on "invoice" and filter every query on `tenant_id`.']],
  );
});

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ContractReader } from '../../../src/contracts/reader.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../../src/core/design-rule.js';
import { runDesignRules } from '../../../src/core/run-design-rules.js';
import { loadDesignFile } from '../../../src/model/load.js';
import { reviewRules } from '../../../src/review/rules/index.js';
import { withTempDir } from '../../support/cli.js';

/** `rule@pointer line:col`, message and data of one review rule over a design and its contract. */
function pinned(id: string, design: string, contract: string) {
  const rule = reviewRules.find((r) => r.id === id)!;
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'openapi.yaml'), contract);
    writeFileSync(join(dir, 'archway.yaml'), `archway: 1\nservice: { name: invoices }\napi:\n  - { name: public, contract: ./openapi.yaml }\n${design}`);
    return runDesignRules([rule], [loadDesignFile(join(dir, 'archway.yaml'))], DEFAULT_REVIEW_OPTIONS, new ContractReader()).map((f) => ({
      at: `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column}`,
      message: f.message,
      data: f.data,
    }));
  });
}
const api = (paths: string) => `openapi: 3.1.0\ninfo: { title: Invoices, version: 1.0.0 }\npaths:\n${paths}`;
const TENANT = 'security: { tenantKey: tenant_id }\n';

test('tenant-id-client-supplied: the tenant key accepted in a query parameter and a body property', () => {
  const contract = api(
    '  /invoices:\n    get:\n      parameters: [{ name: tenantId, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n    post:\n      requestBody: { content: { application/json: { schema: { type: object, properties: { TenantID: { type: string } } } } } }\n      responses: { "201": { description: Created } }\n',
  );
  assert.deepEqual(pinned('tenant-id-client-supplied', TENANT, contract), [
    {
      at: 'tenant-id-client-supplied@/api/0/contract 4:31',
      message:
        'contract "public" accepts the tenant key tenant_id from the client in 2 places (GET /invoices query parameter "tenantId", …), though the design takes the tenant from the credentials',
      data: {
        contract: './openapi.yaml',
        tenantKey: 'tenant_id',
        count: 2,
        places: ['GET /invoices query parameter "tenantId"', 'POST /invoices body property "TenantID"'],
      },
    },
  ]);
});

test('tenant-id-client-supplied: path-scoped tenants, responses, other names and designs without a tenant key pass', () => {
  const scoped = api(
    '  /tenants/{tenant_id}/invoices:\n    get:\n      parameters: [{ name: tenant_id, in: path, required: true, schema: { type: string } }]\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { tenant_id: { type: string } } } } } } }\n',
  );
  assert.deepEqual(pinned('tenant-id-client-supplied', TENANT, scoped), []);
  const other = api(
    '  /invoices:\n    get:\n      parameters: [{ name: tenant_name, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
  );
  assert.deepEqual(pinned('tenant-id-client-supplied', TENANT, other), []);
  const query = api(
    '  /invoices:\n    get:\n      parameters: [{ name: tenant_id, in: query, schema: { type: string } }]\n      responses: { "200": { description: OK } }\n',
  );
  assert.deepEqual(pinned('tenant-id-client-supplied', '', query), [], 'no tenant key declared');
  assert.equal(
    pinned('tenant-id-client-supplied', 'security: { authorization: { model: rbac, tenantKey: tenant_id } }\n', query).length,
    1,
    'the key named under authorization',
  );
});

const LIMITS = 'security: { rateLimits: [sign-in, search] }\n';

test('rate-limit-429-undeclared: a design with rate limits and a contract without any 429', () => {
  const contract = api(
    '  /sessions:\n    post:\n      responses: { "201": { description: Created } }\n  /search:\n    get:\n      responses: { "200": { description: OK } }\n',
  );
  assert.deepEqual(pinned('rate-limit-429-undeclared', LIMITS, contract), [
    {
      at: 'rate-limit-429-undeclared@/api/0/contract 4:31',
      message: 'contract "public" declares no 429 response on any of its 2 operations, though the design rate-limits sign-in, search',
      data: { contract: './openapi.yaml', limits: ['sign-in', 'search'], operations: 2 },
    },
  ]);
});

test('rate-limit-429-undeclared: one 429 (or 4XX) on the contract, or no limits in the design, passes', () => {
  const with429 = api(
    '  /sessions:\n    post:\n      responses: { "201": { description: Created }, "429": { description: Slow down } }\n  /search:\n    get:\n      responses: { "200": { description: OK } }\n',
  );
  assert.deepEqual(pinned('rate-limit-429-undeclared', LIMITS, with429), []);
  const with4xx = api('  /sessions:\n    post:\n      responses: { "201": { description: Created }, "4XX": { description: Client error } }\n');
  assert.deepEqual(pinned('rate-limit-429-undeclared', LIMITS, with4xx), []);
  const none = api('  /sessions:\n    post:\n      responses: { "201": { description: Created } }\n');
  assert.deepEqual(pinned('rate-limit-429-undeclared', '', none), []);
});

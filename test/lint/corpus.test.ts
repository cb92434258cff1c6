import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { walk } from '../../src/contracts/walk.js';
import { lintContract } from '../../src/lint/run.js';
import { CORPUS } from '../support/cli.js';

const OPENAPI = [
  'github/api.github.com.new.json',
  'github/api.github.com.old.json',
  'stripe/stripe-spec3.new.json',
  'stripe/stripe-spec3.old.json',
  'twilio/twilio_api_v2010.new.json',
  'box/box-openapi.json',
  'discord/discord-openapi.json',
  'twilio/twilio_messaging_v1.yaml',
  'asana/asana_oas.yaml',
  'digitalocean/specification/DigitalOcean-public.v2.yaml',
];

function corpus(file: string): string {
  const path = join(CORPUS, file);
  assert.ok(existsSync(path), `the contract corpus is missing: ${path} (set ARCHWAY_CORPUS or place shared/ beside the repository)`);
  return path;
}

/** Operations per document, as the corpus README counts them. */
const OPERATIONS: Record<string, number> = {
  'github/api.github.com.new.json': 1108,
  'stripe/stripe-spec3.new.json': 417,
  'box/box-openapi.json': 296,
  'discord/discord-openapi.json': 242,
  'asana/asana_oas.yaml': 247,
  'digitalocean/specification/DigitalOcean-public.v2.yaml': 659,
};

for (const file of OPENAPI) {
  test(`corpus: ${file} loads, walks every operation and resolves every $ref`, () => {
    const doc = loadContract(corpus(file));
    let operations = 0;
    walk(doc, [{ Operation: () => operations++ }]);
    if (OPERATIONS[file]) assert.equal(operations, OPERATIONS[file]);
    assert.deepEqual(doc.problems.map((p) => `${p.location.file}:${p.location.line} ${p.message}`), []);
  });
}

/** Findings per rule with the recommended preset: a change here is a behaviour change to review. */
const GOLDEN: Record<string, Record<string, number>> = {
  "github/api.github.com.new.json": {
    "accepted-status-link": 31,
    "auth-rate-limited": 12,
    "create-201-location": 78,
    "deprecated-replacement": 2,
    "deprecation-headers": 50,
    "error-problem-json": 1485,
    "error-schema-consistent": 10,
    "example-matches-schema": 17,
    "idempotency-key-on-create": 177,
    "item-404": 186,
    "no-secrets-in-url": 3,
    "no-top-level-array": 259,
    "operation-error-responses": 396,
    "operation-security-defined": 1108,
    "pagination-collection": 36,
    "pagination-next-link": 87,
    "pagination-page-size-bounded": 261,
    "path-casing-consistent": 71,
    "property-casing-consistent": 91,
    "rate-limit-retry-after": 2,
    "schema-required-exists": 1,
    "sort-allow-listed": 1,
    "success-no-error-body": 9
  },
  "digitalocean/specification/DigitalOcean-public.v2.yaml": {
    "accepted-status-link": 38,
    "create-201-location": 47,
    "deprecated-replacement": 1,
    "deprecation-headers": 19,
    "error-problem-json": 3220,
    "error-schema-consistent": 5,
    "idempotency-key-on-create": 141,
    "info-version-semver": 1,
    "operation-security-defined": 1,
    "operation-success-response": 1,
    "pagination-collection": 1,
    "pagination-next-link": 69,
    "pagination-page-size-bounded": 22,
    "path-casing-consistent": 125,
    "property-casing-consistent": 1,
    "rate-limit-retry-after": 659,
    "schema-required-exists": 2,
    "scoped-403": 638,
    "sort-allow-listed": 1,
    "success-no-error-body": 10,
    "versioning-consistent": 2
  },
  "stripe/stripe-spec3.new.json": {
    "auth-rate-limited": 16,
    "deprecated-replacement": 11,
    "deprecation-headers": 15,
    "idempotency-key-on-create": 184,
    "item-404": 120,
    "no-secrets-in-url": 4,
    "operation-summary": 5,
    "pagination-collection": 3,
    "pagination-page-size-bounded": 98,
    "secured-401": 417,
    "sort-allow-listed": 1,
    "success-no-error-body": 3
  }
};

for (const [file, expected] of Object.entries(GOLDEN)) {
  test(`corpus: golden finding counts per rule for ${file}`, () => {
    const counts: Record<string, number> = {};
    for (const f of lintContract(loadContract(corpus(file)))) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
    assert.deepEqual(counts, expected);
  });
}

test('corpus: hand-checked findings are real bugs in the published descriptions, and look-alikes are not flagged', () => {
  const github = lintContract(loadContract(corpus('github/api.github.com.new.json'))).filter((f) => f.ruleId === 'schema-required-exists');
  // package-version metadata.docker requires "tags" but declares the property "tag".
  assert.deepEqual(github.map((f) => [f.location.pointer, f.location.line, f.message]), [
    ['/components/schemas/package-version/properties/metadata/properties/docker/required/0', 117291, '"tags" is required but not declared in properties'],
  ]);
  const digitalocean = lintContract(loadContract(corpus('digitalocean/specification/DigitalOcean-public.v2.yaml')));
  const required = digitalocean.filter((f) => f.ruleId === 'schema-required-exists').map((f) => `${f.location.file.split('/specification/')[1]}:${f.location.line} ${f.message}`);
  // The Logtail destination requires an endpoint it never declares (only `token`).
  assert.ok(required.includes('resources/apps/models/app_log_destination_logtail_spec.yml:9 "endpoint" is required but not declared in properties'));
  // allOf members and `properties: { $ref }` declare their properties elsewhere: not flagged.
  assert.ok(!required.some((r) => r.includes('app_job_spec.yml') || r.includes('loadBalancers_add_droplets.yml')), required.join('\n'));
  // A retired endpoint answering only 410 really has no success response.
  assert.ok(digitalocean.some((f) => f.ruleId === 'operation-success-response' && f.message === 'POST /v2/gen-ai/models/api_keys declares no success response'));
});

test('corpus: positions of findings point at the right lines of the real file', () => {
  const findings = lintContract(loadContract(corpus('stripe/stripe-spec3.new.json')));
  // Hand-checked: GET /v1/account has no 401 declared; `"get": {` is on line 33389, column 14 is its brace.
  const secured = findings.find((f) => f.ruleId === 'secured-401' && f.message.startsWith('GET /v1/account '));
  assert.ok(secured);
  assert.deepEqual([secured.location.pointer, secured.location.line, secured.location.column], ['/paths/~1v1~1account/get', 33389, 14]);
});

for (const file of ['asyncapi/v2/slack-rtm.v2.6.0.yml', 'asyncapi/v2/streetlights-kafka.v2.6.0.yml', 'asyncapi/v3/slack-rtm.v3.0.0.yml', 'asyncapi/v3/streetlights-kafka.v3.0.0.yml', 'asyncapi/v3/kraken-websocket-request-reply-multiple-channels.v3.0.0.yml']) {
  test(`corpus: AsyncAPI ${file} loads and walks its messages`, () => {
    const doc = loadContract(corpus(file));
    assert.equal(doc.kind, 'asyncapi');
    let messages = 0;
    walk(doc, [{ Message: () => messages++ }]);
    assert.ok(messages > 0);
    assert.deepEqual(doc.problems, []);
  });
}

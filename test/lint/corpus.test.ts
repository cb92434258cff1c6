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
  'stripe/stripe-spec3.new.json': {
    'auth-rate-limited': 16, 'deprecated-replacement': 11, 'deprecation-headers': 15, 'idempotency-key-on-create': 184, 'item-404': 120,
    'no-secrets-in-url': 4, 'operation-summary': 5, 'pagination-collection': 3, 'pagination-page-size-bounded': 98, 'secured-401': 417,
    'sort-allow-listed': 1, 'success-no-error-body': 3,
  },
};

for (const [file, expected] of Object.entries(GOLDEN)) {
  test(`corpus: golden finding counts per rule for ${file}`, () => {
    const counts: Record<string, number> = {};
    for (const f of lintContract(loadContract(corpus(file)))) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
    assert.deepEqual(counts, expected);
  });
}

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

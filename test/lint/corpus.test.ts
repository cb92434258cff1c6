import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { walk } from '../../src/contracts/walk.js';
import { getAtPointer } from '../../src/core/pointer.js';
import { DEFAULT_CONFIG } from '../../src/lint/config.js';
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
    assert.deepEqual(
      doc.problems.map((p) => `${p.location.file}:${p.location.line} ${p.message}`),
      [],
    );
  });
}

/** Findings per rule with the recommended preset: a change here is a behaviour change to review. */
const GOLDEN: Record<string, Record<string, number>> = {
  'github/api.github.com.new.json': {
    'auth-rate-limited': 12,
    'callback-url-restricted': 1,
    'deprecated-replacement': 2,
    'error-problem-json': 51,
    'example-matches-schema': 165,
    'example-value-or-external-value': 2,
    'item-404': 186,
    'money-not-float': 19,
    'no-identical-paths': 2,
    'operation-error-responses': 396,
    'operation-security-defined': 1,
    'pagination-next-link': 65,
    'pagination-page-size-bounded': 13,
    'path-casing-consistent': 71,
    'property-casing-consistent': 91,
    'rate-limit-retry-after': 2,
    'schema-required-exists': 1,
  },
  'digitalocean/specification/DigitalOcean-public.v2.yaml': {
    'deprecated-replacement': 1,
    'example-matches-schema': 5,
    'money-not-float': 4,
    'no-schema-type-mismatch': 2,
    'pagination-next-link': 6,
    'pagination-page-size-bounded': 22,
    'path-casing-consistent': 123,
    'property-casing-consistent': 1,
    'schema-required-exists': 2,
    'scoped-403': 638,
    'sort-allow-listed': 1,
  },
  'stripe/stripe-spec3.new.json': {
    'callback-url-restricted': 2,
    'deprecated-replacement': 11,
    'operation-summary': 5,
    'pagination-page-size-bounded': 98,
  },
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
  assert.deepEqual(
    github.map((f) => [f.location.pointer, f.location.line, f.message]),
    [['/components/schemas/package-version/properties/metadata/properties/docker/required/0', 117291, '"tags" is required but not declared in properties']],
  );
  const digitalocean = lintContract(loadContract(corpus('digitalocean/specification/DigitalOcean-public.v2.yaml')));
  const required = digitalocean
    .filter((f) => f.ruleId === 'schema-required-exists')
    .map((f) => `${f.location.file.split('/specification/')[1]}:${f.location.line} ${f.message}`);
  // The Logtail destination requires an endpoint it never declares (only `token`).
  assert.ok(required.includes('resources/apps/models/app_log_destination_logtail_spec.yml:9 "endpoint" is required but not declared in properties'));
  // allOf members and `properties: { $ref }` declare their properties elsewhere: not flagged.
  assert.ok(!required.some((r) => r.includes('app_job_spec.yml') || r.includes('loadBalancers_add_droplets.yml')), required.join('\n'));
  // A deprecated, retired endpoint that answers only 410 Gone says what it should (issue #13, item 9).
  assert.ok(
    !digitalocean.some((f) => f.ruleId === 'operation-success-response' && f.message === 'POST /v2/gen-ai/models/api_keys declares no success response'),
  );
});

test('corpus: positions of findings point at the right lines of the real file', () => {
  const findings = lintContract(loadContract(corpus('stripe/stripe-spec3.new.json')));
  // Hand-checked: GET /v1/coupons's `limit` (its 4th parameter) gives its bounds only in prose; its `{` is on line 52258, column 11.
  const limit = findings.find((f) => f.ruleId === 'pagination-page-size-bounded' && f.message.includes('GET /v1/coupons '));
  assert.ok(limit);
  assert.deepEqual([limit.location.pointer, limit.location.line, limit.location.column], ['/paths/~1v1~1coupons/get/parameters/3', 52258, 11]);
});

for (const file of [
  'asyncapi/v2/slack-rtm.v2.6.0.yml',
  'asyncapi/v2/streetlights-kafka.v2.6.0.yml',
  'asyncapi/v3/slack-rtm.v3.0.0.yml',
  'asyncapi/v3/streetlights-kafka.v3.0.0.yml',
  'asyncapi/v3/kraken-websocket-request-reply-multiple-channels.v3.0.0.yml',
]) {
  test(`corpus: AsyncAPI ${file} loads and walks its messages`, () => {
    const doc = loadContract(corpus(file));
    assert.equal(doc.kind, 'asyncapi');
    let messages = 0;
    walk(doc, [{ Message: () => messages++ }]);
    assert.ok(messages > 0);
    assert.deepEqual(doc.problems, []);
  });
}

/** AsyncAPI findings per rule with the strict preset: a change here is a behaviour change to review. */
const ASYNC_GOLDEN: Record<string, Record<string, number>> = {
  'asyncapi/v2/gitter-streaming.v2.0.0.yml': {
    'asyncapi-info-contact': 1,
    'event-delivery-semantics': 1,
    'event-envelope': 2,
    'event-message-content-type': 1,
    'event-message-name': 2,
    'event-operation-documented': 1,
  },
  'asyncapi/v2/gitter-streaming.v2.6.0.yml': {
    'asyncapi-info-contact': 1,
    'event-delivery-semantics': 1,
    'event-envelope': 2,
    'event-message-content-type': 1,
    'event-message-name': 2,
    'event-operation-documented': 1,
  },
  'asyncapi/v2/slack-rtm.v2.0.0.yml': {
    'asyncapi-info-contact': 1,
    'event-delivery-semantics': 2,
    'event-envelope': 48,
    'event-message-content-type': 1,
    'event-message-discriminable': 1,
    'event-message-name': 48,
    'event-operation-documented': 2,
    'event-schema-version': 48,
  },
  'asyncapi/v2/slack-rtm.v2.6.0.yml': {
    'asyncapi-info-contact': 1,
    'event-delivery-semantics': 2,
    'event-envelope': 48,
    'event-message-content-type': 1,
    'event-message-discriminable': 1,
    'event-message-name': 48,
    'event-operation-documented': 2,
    'event-schema-version': 48,
  },
  'asyncapi/v2/streetlights-kafka.v2.1.0.yml': {
    'asyncapi-info-contact': 1,
    'event-dead-letter': 1,
    'event-delivery-semantics': 4,
    'event-envelope': 3,
    'event-operation-documented': 3,
    'event-ordering-key': 3,
  },
  'asyncapi/v2/streetlights-kafka.v2.6.0.yml': {
    'asyncapi-info-contact': 1,
    'event-dead-letter': 1,
    'event-delivery-semantics': 4,
    'event-envelope': 3,
    'event-operation-documented': 3,
    'event-ordering-key': 3,
  },
  'asyncapi/v3/adeo-kafka-request-reply.v3.0.0.yml': {
    'asyncapi-unused-components-schema': 4,
    'event-correlation-id-location': 1,
    'event-dead-letter': 1,
    'event-delivery-semantics': 2,
    'event-message-content-type': 1,
    'event-ordering-key': 1,
  },
  'asyncapi/v3/adeo-kafka-request-reply.v3.1.0.yml': {
    'asyncapi-schema-examples': 2,
    'asyncapi-unused-components-schema': 4,
    'event-correlation-id-location': 1,
    'event-dead-letter': 1,
    'event-delivery-semantics': 1,
    'event-message-content-type': 1,
    'event-ordering-key': 2,
    'event-schema-version': 1,
  },
  'asyncapi/v3/gitter-streaming.v3.0.0.yml': {
    'asyncapi-info-contact': 1,
    'event-delivery-semantics': 1,
    'event-envelope': 2,
    'event-message-content-type': 1,
    'event-operation-documented': 1,
  },
  'asyncapi/v3/kraken-websocket-request-reply-multiple-channels.v3.0.0.yml': {
    'asyncapi-info-contact': 1,
    'event-correlation-id': 1,
    'event-delivery-semantics': 5,
    'event-envelope': 8,
    'event-message-content-type': 1,
    'event-message-examples-valid': 2,
    'event-operation-documented': 5,
    'event-schema-version': 7,
  },
  'asyncapi/v3/slack-rtm.v3.0.0.yml': {
    'asyncapi-info-contact': 1,
    'event-delivery-semantics': 2,
    'event-envelope': 48,
    'event-message-content-type': 1,
    'event-message-discriminable': 1,
    'event-operation-documented': 2,
    'event-schema-version': 48,
  },
  'asyncapi/v3/streetlights-kafka.v3.0.0.yml': {
    'asyncapi-info-contact': 1,
    'event-dead-letter': 1,
    'event-delivery-semantics': 4,
    'event-envelope': 3,
    'event-operation-documented': 3,
    'event-ordering-key': 3,
  },
  'asyncapi/v3/websocket-gemini.v3.0.0.yml': {
    'event-delivery-semantics': 1,
    'event-envelope': 1,
    'event-message-content-type': 1,
    'event-server-security': 1,
  },
};

const STRICT = { ...DEFAULT_CONFIG, extends: 'strict' as const };

test('corpus: every AsyncAPI document of the corpus has golden counts', () => {
  const files = ['v2', 'v3'].flatMap((v) => readdirSync(join(CORPUS, 'asyncapi', v)).map((f) => `asyncapi/${v}/${f}`));
  assert.deepEqual(Object.keys(ASYNC_GOLDEN).sort(), files.sort());
});

for (const [file, expected] of Object.entries(ASYNC_GOLDEN)) {
  test(`corpus: AsyncAPI ${file} under strict: golden counts per rule, every finding inside the file`, () => {
    const doc = loadContract(corpus(file));
    const findings = lintContract(doc, STRICT);
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
    assert.deepEqual(counts, expected);
    const lines = readFileSync(corpus(file), 'utf8').split('\n').length;
    const outside = findings.filter(
      (f) =>
        f.location.file !== doc.rootFile.source.displayPath ||
        getAtPointer(doc.rootFile.root, f.location.pointer) === undefined ||
        f.location.line < 1 ||
        f.location.line > lines,
    );
    assert.deepEqual(
      outside.map((f) => `${f.ruleId} ${f.location.file}#${f.location.pointer}`),
      [],
    );
  });
}

test('corpus: hand-checked AsyncAPI findings are real bugs in the published examples', () => {
  const found = (file: string, ruleId: string) =>
    lintContract(loadContract(corpus(file)), STRICT)
      .filter((f) => f.ruleId === ruleId)
      .map((f) => `${f.location.line} ${f.message}`);
  // ADEO: both messages share one correlationId reading header REQUEST_ID, but the response declares CORRELATION_ID, not REQUEST_ID.
  assert.deepEqual(found('asyncapi/v3/adeo-kafka-request-reply.v3.0.0.yml', 'event-correlation-id-location'), [
    '185 correlationId of message CostingResponse points at header field "REQUEST_ID", which the message\'s headers do not declare',
  ]);
  const kraken = 'asyncapi/v3/kraken-websocket-request-reply-multiple-channels.v3.0.0.yml';
  // Kraken: both subscriptionStatus examples give one `pair` ("XBT/EUR"), but the status reuses the subscribe request's `pair` schema, an array.
  assert.deepEqual(found(kraken, 'event-message-examples-valid'), [
    '152 example 0 of message subscriptionStatus: payload /pair must be array',
    '162 example 1 of message subscriptionStatus: payload /pair must be array',
  ]);
  // Kraken: subscriptionStatus replies to subscribe and unsubscribe and echoes `reqid`, yet alone among the request/reply messages declares no correlationId.
  assert.deepEqual(found(kraken, 'event-correlation-id'), [
    '147 message subscriptionStatus is the reply of subscribe, reply of unsubscribe but declares no correlationId',
  ]);
  // Slack: botChanged declares `type: bot_added`, copied from botAdded; the real event type is bot_changed.
  assert.deepEqual(found('asyncapi/v3/slack-rtm.v3.0.0.yml', 'event-message-discriminable'), [
    '285 messages botAdded and botChanged on channel root both declare type "bot_added"; consumers cannot tell them apart',
  ]);
});

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { DEFAULT_CONFIG } from '../../../src/lint/config.js';
import { LINT_RULES } from '../../../src/lint/rules/index.js';
import { lintContract } from '../../../src/lint/run.js';
import { withTempDir } from '../../support/cli.js';

/** `rule@pointer line:col message data` for one rule over an inline OpenAPI document. */
function pinned(id: string, yaml: string): string[] {
  const rule = LINT_RULES.find((r) => r.id === id)!;
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'api.yaml'), yaml);
    return lintContract(loadContract(join(dir, 'api.yaml')), { ...DEFAULT_CONFIG, extends: 'strict' }, [rule]).map(
      (f) => `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.message} ${JSON.stringify(f.data)}`,
    );
  });
}
const api = (paths: string, components = '') => `openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n${paths}${components}`;
const get = (path: string, parameter: string) => `  ${path}:\n    get:\n      parameters: [${parameter}]\n      responses: { "200": { description: OK } }\n`;

test('path-no-personal-data: an email, a phone number or an email-formatted id in the path', () => {
  assert.deepEqual(pinned('path-no-personal-data', api(get('/users/{email}', '{ name: email, in: path, required: true, schema: { type: string } }'))), [
    'path-no-personal-data@/paths/~1users~1{email}/get/parameters/0 6:20 GET /users/{email} puts personal data (email) in its path parameter "email" {"parameter":"email","datum":"email"}',
  ]);
  assert.deepEqual(
    pinned(
      'path-no-personal-data',
      api(get('/customers/{customerPhoneNumber}', '{ name: customerPhoneNumber, in: path, required: true, schema: { type: string } }')),
    ).map((f) => f.split(' {')[0]),
    [
      'path-no-personal-data@/paths/~1customers~1{customerPhoneNumber}/get/parameters/0 6:20 GET /customers/{customerPhoneNumber} puts personal data (phone) in its path parameter "customerPhoneNumber"',
    ],
  );
  assert.equal(
    pinned('path-no-personal-data', api(get('/users/{login}', '{ name: login, in: path, required: true, schema: { type: string, format: email } }'))).length,
    1,
    'format: email',
  );
});

test('path-no-personal-data: ids of personal-data records, query parameters and opaque ids pass', () => {
  assert.deepEqual(
    pinned('path-no-personal-data', api(get('/emails/{email_id}', '{ name: email_id, in: path, required: true, schema: { type: string } }'))),
    [],
  );
  assert.deepEqual(
    pinned('path-no-personal-data', api(get('/numbers/{phone_number_sid}', '{ name: phone_number_sid, in: path, required: true, schema: { type: string } }'))),
    [],
  );
  assert.deepEqual(pinned('path-no-personal-data', api(get('/users', '{ name: email, in: query, schema: { type: string } }'))), []);
  assert.deepEqual(pinned('path-no-personal-data', api(get('/users/{userId}', '{ name: userId, in: path, required: true, schema: { type: string } }'))), []);
});

const post = (path: string, status: string, schema = '{ type: object, properties: { id: { type: string } } }') =>
  `  ${path}:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object } } } }\n      responses: { "${status}": { description: OK, content: { application/json: { schema: ${schema} } } } }\n`;

test('create-answers-201: a POST with a body to a collection, answering 200 with the created resource', () => {
  assert.deepEqual(pinned('create-answers-201', api(post('/orders', '200'))), [
    'create-answers-201@/paths/~1orders/post/responses/200 7:20 POST /orders creates with 200 OK instead of 201 Created {"operation":"POST /orders"}',
  ]);
  assert.equal(pinned('create-answers-201', api(post('/accounts/{account}/bank_accounts', '200'))).length, 1, 'a nested collection');
});

test('create-answers-201: 201, an item path, an action, a singular resource, a computed result or no id pass', () => {
  assert.deepEqual(pinned('create-answers-201', api(post('/orders', '201'))), []);
  assert.deepEqual(pinned('create-answers-201', api(post('/orders/{id}', '200'))), [], 'an update');
  assert.deepEqual(pinned('create-answers-201', api(post('/Accounts/{Sid}.json', '200'))), [], 'an update, Twilio style');
  assert.deepEqual(pinned('create-answers-201', api(post('/orders/{id}/cancel', '200'))), [], 'an action');
  assert.deepEqual(pinned('create-answers-201', api(post('/account', '200'))), [], 'a singular resource');
  assert.deepEqual(pinned('create-answers-201', api(post('/chat/completions', '200'))), [], 'a result computed per request');
  assert.deepEqual(pinned('create-answers-201', api(post('/barriers/change_status', '200'))), [], 'a status change');
  assert.deepEqual(
    pinned('create-answers-201', api(post('/renders', '200', '{ type: object, properties: { html: { type: string } } }'))),
    [],
    'nothing with an id',
  );
  const noBody = api(
    '  /orders:\n    post:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } } }\n',
  );
  assert.deepEqual(pinned('create-answers-201', noBody), [], 'no request body');
});

const schemas = (properties: string) => api(' {}\n', `components:\n  schemas:\n    Invoice:\n      type: object\n      properties:\n${properties}`);

test('money-not-float: an amount, a price or a fee typed number', () => {
  assert.deepEqual(pinned('money-not-float', schemas('        totalAmount: { type: number }\n        unit_price: { type: [number, "null"] }\n')), [
    'money-not-float@/components/schemas/Invoice/properties/totalAmount 10:22 money property "totalAmount" is a floating-point number {"property":"totalAmount"}',
    'money-not-float@/components/schemas/Invoice/properties/unit_price 11:21 money property "unit_price" is a floating-point number {"property":"unit_price"}',
  ]);
});

test('money-not-float: integers, decimal strings, format decimal and non-money numbers pass', () => {
  assert.deepEqual(
    pinned(
      'money-not-float',
      schemas(
        '        amount: { type: integer }\n        price: { type: string, pattern: "^[0-9]+\\\\.[0-9]{2}$" }\n        fee: { type: number, format: decimal }\n        total: { type: number }\n        fee_percent: { type: number }\n        amount_count: { type: number }\n',
      ),
    ),
    [],
  );
});

const body = (path: string, properties: string) =>
  `  ${path}:\n    post:\n      requestBody: { content: { application/json: { schema: { type: object, properties: { ${properties} } } } } }\n      responses: { "201": { description: Created } }\n`;

test('callback-url-restricted: a webhook URL in a request body that accepts any scheme and host', () => {
  assert.deepEqual(pinned('callback-url-restricted', api(body('/subscriptions', 'webhookUrl: { type: string, format: uri }'))), [
    'callback-url-restricted@/paths/~1subscriptions/post/requestBody/content/application~1json/schema/properties/webhookUrl 6:103 POST /subscriptions takes "webhookUrl", a URL the service will call, without restricting it to https:// {"property":"webhookUrl"}',
  ]);
  assert.equal(pinned('callback-url-restricted', api(body('/repos/{repo}/hooks', 'url: { type: string }'))).length, 1, 'a bare url sent to a hooks resource');
  assert.equal(pinned('callback-url-restricted', api(body('/hooks/{id}/config', 'url: { type: string }'))).length, 1, "a hook's config");
});

test('callback-url-restricted: https-only patterns, other URLs, responses and ids pass', () => {
  assert.deepEqual(pinned('callback-url-restricted', api(body('/subscriptions', 'callback_url: { type: string, pattern: "^https://" }'))), []);
  assert.deepEqual(pinned('callback-url-restricted', api(body('/subscriptions', 'callback_url: { type: string, enum: ["https://a.example/hook"] }'))), []);
  assert.deepEqual(
    pinned('callback-url-restricted', api(body('/profiles', 'avatarUrl: { type: string, format: uri }'))),
    [],
    'a URL the service does not call',
  );
  assert.deepEqual(pinned('callback-url-restricted', api(body('/webhooks/{id}/github', 'url: { type: string }'))), [], 'a payload under a webhook');
  const response = api(
    '  /subscriptions:\n    get:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: object, properties: { webhookUrl: { type: string } } } } } } }\n',
  );
  assert.deepEqual(pinned('callback-url-restricted', response), [], 'a response');
  assert.deepEqual(
    pinned(
      'callback-url-restricted',
      api(get('/webhook_endpoints/{webhook_endpoint}', '{ name: webhook_endpoint, in: path, required: true, schema: { type: string } }')),
    ),
    [],
    'an id parameter',
  );
});

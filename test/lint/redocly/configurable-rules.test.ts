import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { InputError } from '../../../src/core/input-error.js';
import { loadLintConfig } from '../../../src/lint/config.js';
import { lintContract } from '../../../src/lint/run.js';
import { runCli, withTempDir, withTempDirAsync } from '../../support/cli.js';

const DOC = `openapi: 3.1.0
info: { title: T, version: 1.0.0 }
tags:
  - name: orders
paths:
  /orders:
    get:
      operationId: ListOrders
      summary: list orders
      parameters:
        - { name: limit, in: query, description: Max, schema: { type: integer, format: int32 } }
      responses:
        "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/Order" } } } }
    post:
      operationId: createOrder
      summary: Create an order
      requestBody: { content: { application/json: { schema: { type: object } } } }
      responses:
        "204": { description: Created, content: { application/json: { schema: { type: object } } } }
  /Order_Items:
    get:
      operationId: listItems
      summary: List items
      responses: { "200": { description: OK } }
components:
  schemas:
    Order:
      type: object
      properties:
        order_id: { type: integer, format: int16 }
        total: { type: integer }
`;

/** `rule@pointer line:col message` for each configurable-rule finding of `rules` on DOC. */
function findings(rules: string): string[] {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'redocly.yaml'), `extends: []\nrules:\n${rules}`);
    writeFileSync(join(dir, 'api.yaml'), DOC);
    const config = loadLintConfig(join(dir, 'redocly.yaml'), undefined, dir);
    return lintContract(loadContract(join(dir, 'api.yaml')), config)
      .filter((f) => f.ruleId.startsWith('rule/'))
      .map((f) => `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.severity} ${f.message}`);
  });
}

/** Each expectation is what `redocly lint --format json` 2.77 reports for the same config and document. */
const CASES: Array<[string, string, string[]]> = [
  [
    'pattern on a property, default message and severity',
    "  rule/s:\n    subject: { type: Operation, property: summary }\n    assertions: { pattern: '/^[A-Z]/' }\n",
    [
      'rule/s@/paths/~1orders/get/summary 9:16 error rule/s failed because the Operation summary didn\'t meet the assertions: "list orders" should match a regex /^[A-Z]/',
    ],
  ],
  [
    'casing on an operationId, severity warn, message placeholders',
    "  rule/c:\n    subject: { type: Operation, property: operationId }\n    assertions: { casing: camelCase }\n    severity: warn\n    message: '{{nodeType}} {{key}} at {{pointer}} in {{file}}: {{problems}}'\n",
    ['rule/c@/paths/~1orders/get/operationId 8:20 warn Operation get at #/paths/~1orders/get in api.yaml: "ListOrders" should use camelCase'],
  ],
  [
    'notPattern on the keys of Paths reports on each key',
    "  rule/p:\n    subject: { type: Paths }\n    assertions: { notPattern: '/[A-Z_]/' }\n",
    ['rule/p@/paths/~1Order_Items 20:3 error rule/p failed because the Paths didn\'t meet the assertions: "/Order_Items" should not match a regex /[A-Z_]/'],
  ],
  [
    'casing on the keys of SchemaProperties',
    '  rule/k:\n    subject: { type: SchemaProperties }\n    assertions: { casing: camelCase }\n',
    [
      'rule/k@/components/schemas/Order/properties/order_id 30:9 error rule/k failed because the SchemaProperties didn\'t meet the assertions: "order_id" should use camelCase',
    ],
  ],
  [
    'required keys on Info: one finding listing both problems',
    '  rule/i:\n    subject: { type: Info }\n    assertions: { required: [contact, license] }\n',
    ["rule/i@/info 2:1 error rule/i failed because the Info didn't meet the assertions: \n- contact is required\n- license is required"],
  ],
  [
    'defined on a Tag property; a where on the subject type filters schemas by their own type',
    '  rule/t:\n    subject: { type: Tag, property: description }\n    assertions: { defined: true }\n  rule/f:\n    subject: { type: Schema, property: format }\n    assertions: { enum: [int32, int64] }\n    where:\n      - subject: { type: Schema, property: type }\n        assertions: { const: integer }\n',
    [
      "rule/t@/tags/0/description 4:5 error rule/t failed because the Tag description didn't meet the assertions: Should be defined",
      'rule/f@/components/schemas/Order/properties/order_id/format 30:44 error rule/f failed because the Schema format didn\'t meet the assertions: "int16" should be one of the predefined values',
    ],
  ],
  [
    'filterInParentKeys picks the 204 response only',
    "  rule/n:\n    subject: { type: Response, filterInParentKeys: ['204'], property: content }\n    assertions: { defined: false }\n",
    [
      "rule/n@/paths/~1orders/post/responses/204/content 19:49 error rule/n failed because the Response content didn't meet the assertions: Should be not defined",
    ],
  ],
  [
    'ref on a media type schema, only under operations with a request body (where on an ancestor)',
    '  rule/r:\n    subject: { type: MediaType, property: schema }\n    assertions: { ref: true }\n    where:\n      - subject: { type: Operation }\n        assertions: { required: [requestBody] }\n',
    [
      "rule/r@/paths/~1orders/post/requestBody/content/application~1json/schema 17:53 error rule/r failed because the MediaType schema didn't meet the assertions: should use $ref",
      "rule/r@/paths/~1orders/post/responses/204/content/application~1json/schema 19:71 error rule/r failed because the MediaType schema didn't meet the assertions: should use $ref",
    ],
  ],
  [
    'minLength and nonEmpty on a parameter description, grouped in one finding',
    '  rule/d:\n    subject: { type: Parameter, property: description }\n    assertions: { nonEmpty: true, minLength: 10 }\n',
    [
      "rule/d@/paths/~1orders/get/parameters/0/description 11:50 error rule/d failed because the Parameter description didn't meet the assertions: Should have at least 10 characters",
    ],
  ],
  [
    'mutuallyExclusive and requireAny on keys, under path items whose key matches and that disallow post',
    "  rule/m:\n    subject: { type: Operation }\n    assertions: { mutuallyExclusive: [summary, operationId], requireAny: [description, externalDocs] }\n    where:\n      - subject: { type: PathItem, matchParentKeys: '/^\\/Order/' }\n        assertions: { disallowed: [post] }\n",
    [
      "rule/m@/paths/~1Order_Items/get 21:5 error rule/m failed because the Operation didn't meet the assertions: \n- summary, operationId keys should be mutually exclusive\n- Should have any of description, externalDocs",
    ],
  ],
  [
    'a passing style guide reports nothing',
    "  rule/ok:\n    subject: { type: Operation, property: summary }\n    assertions: { defined: true, minLength: 3, maxLength: 80, notPattern: '/\\.$/' }\n",
    [],
  ],
];

for (const [name, rules, expected] of CASES) test(`configurable rule: ${name}`, () => assert.deepEqual(findings(rules), expected));

function problems(text: string): string[] {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'redocly.yaml'), text);
    try {
      const config = loadLintConfig(join(dir, 'redocly.yaml'), undefined, dir);
      return (config.warnings ?? []).map((w) => `warning ${w.location.line}:${w.location.column} ${w.message}`);
    } catch (error) {
      assert.ok(error instanceof InputError, String(error));
      return error.problems.map((p) => `error ${p.location.line}:${p.location.column} ${p.message}`);
    }
  });
}

test('redocly config: what archway cannot honour is a located warning, what Redocly refuses a located error', () => {
  assert.deepEqual(problems('extends: [recommended, ./team.yaml]\nrules:\n  no-such-rule: error\ntheme: {}\ndecorators: {}\n'), [
    "warning 1:24 extends: only Redocly's built-in configs (recommended, recommended-strict, minimal, all) are read; this entry is ignored",
    'warning 3:3 rules.no-such-rule: neither a Redocly built-in rule archway knows nor an archway rule; ignored',
    'warning 5:1 decorators is not read by archway; ignored',
  ]);
  assert.deepEqual(problems('rules:\n  rule/x:\n    subject: { type: Callback }\n    assertions: { defined: true }\n'), [
    'warning 3:22 rules.rule/x: node type Callback is not supported as a subject (supported: Root, Info, Contact, License, ExternalDocs, Components, Paths, Tag, Server, PathItem, Operation, Parameter, RequestBody, Responses, Response, MediaTypesMap, MediaType, Header, Schema, SchemaProperties, SecurityScheme); the rule is skipped',
  ]);
  assert.deepEqual(
    problems(
      'rules:\n  operation-summary: loud\n  rule/y:\n    subject: { type: Operation }\n    assertions: { nonEmpty: true }\n  rule/z:\n    subject: { type: Info, property: title }\n    assertions: { required: [a], bogus: 1 }\n',
    ),
    [
      'error 2:22 rules.operation-summary: severity must be one of error, warn, off',
      "error 5:29 rules.rule/y: the 'nonEmpty' assertion can't be used on all keys: name a property",
      "error 8:29 rules.rule/z: the 'required' assertion can't be used on properties: remove 'property'",
    ],
  );
});

test('redocly config: built-in names map onto archway rules; severities and off apply', () => {
  withTempDir((dir) => {
    writeFileSync(
      join(dir, 'redocly.yaml'),
      'extends: [minimal]\nrules:\n  path-parameters-defined: off\n  operation-operationId-unique: error\n  money-not-float: off\n',
    );
    const config = loadLintConfig(join(dir, 'redocly.yaml'), undefined, dir);
    assert.equal(config.rules['path-parameters-defined'], 'off');
    assert.equal(config.rules['operation-id-unique'], 'error');
    assert.equal(config.rules['money-not-float'], 'off', 'an archway id');
    assert.deepEqual(config.warnings, []);
  });
});

test('redocly config: found in the working directory when there is no archway.config.yaml, and per-API rules apply to their root only', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'a.yaml'), DOC);
    writeFileSync(join(dir, 'b.yaml'), DOC);
    writeFileSync(
      join(dir, 'redocly.yaml'),
      'apis:\n  a@v1:\n    root: ./a.yaml\n    rules:\n      rule/tag:\n        subject: { type: Tag, property: description }\n        assertions: { defined: true }\n',
    );
    const run = await runCli(['lint', 'a.yaml', 'b.yaml', '--format', 'json', '--fail-on', 'never'], dir);
    assert.equal(run.code, 0, run.stderr);
    const tagged = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'rule/tag');
    assert.deepEqual(
      tagged.map((f: { location: { file: string; pointer: string } }) => `${f.location.file}#${f.location.pointer}`),
      ['a.yaml#/tags/0/description'],
    );
    // An archway config takes precedence over a Redocly one.
    writeFileSync(join(dir, 'archway.config.yaml'), 'extends: recommended\n');
    const again = await runCli(['lint', 'a.yaml', '--format', 'json', '--fail-on', 'never'], dir);
    assert.ok(!JSON.parse(again.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'rule/tag'));
  });
});

test('redocly config: warnings go to stderr with their location and do not change the exit code', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'a.yaml'), 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\n');
    writeFileSync(join(dir, 'redocly.yaml'), 'rules:\n  no-such-rule: warn\n');
    const run = await runCli(['lint', 'a.yaml', '--fail-on', 'never'], dir);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /^redocly\.yaml:2:3: warning: rules\.no-such-rule: neither a Redocly built-in rule archway knows nor an archway rule; ignored$/m);
  });
});

import { OAS, pin } from './pin.js';

/** required-string-property-missing-min-length, no-servers-in-webhook, no-schema-type-mismatch and contact-properties: their edges. */
const SCHEMA = (schema: string) => OAS(`paths: {}\ncomponents:\n  schemas:\n    S: ${schema}\n`);
const CONTACT = (contact: string) => OAS(`paths: {}\n`).replace('version: 1.0.0 }', `version: 1.0.0, contact: ${contact} }`);
const MIN_LENGTH = 'required-string-property-missing-min-length';
const WEBHOOK = 'no-servers-in-webhook';
const MISMATCH = 'no-schema-type-mismatch';
const CONTACTED = 'contact-properties';

pin([
  [
    MIN_LENGTH,
    'a required name with a slash and a tilde',
    SCHEMA('{ type: object, required: ["a/b~c"], properties: { "a/b~c": { type: string } } }'),
    [
      'required-string-property-missing-min-length@/components/schemas/S/properties/a~1b~0c 6:59 required string property "a/b~c" has no minLength {"property":"a/b~c"}',
    ],
  ],
  [
    MIN_LENGTH,
    'required names that are not strings or not properties',
    SCHEMA('{ type: object, required: [1, missing, n], properties: { n: { type: integer }, "1": { type: string } } }'),
    [],
  ],
  [
    MIN_LENGTH,
    'a required property by ref',
    SCHEMA('{ type: object, required: [n], properties: { n: { $ref: "#/components/schemas/N" } } }').concat('    N: { type: string }\n'),
    ['required-string-property-missing-min-length@/components/schemas/S/properties/n 6:53 required string property "n" has no minLength {"property":"n"}'],
  ],
  [MIN_LENGTH, 'no properties beside required', SCHEMA('{ type: object, required: [n] }'), []],
  [
    WEBHOOK,
    'servers on the webhook path item, reported once for its two operations',
    OAS(
      'paths: {}\nwebhooks:\n  paid:\n    servers: [{ url: "https://a.example.com" }]\n    post: { responses: { "200": { description: OK } } }\n    put: { responses: { "200": { description: OK } } }\n',
    ),
    ['no-servers-in-webhook@/webhooks/paid/servers 6:5 webhook paid declares servers {"webhook":"paid"}'],
  ],
  [
    MISMATCH,
    'a string with items',
    SCHEMA('{ type: string, items: { type: string } }'),
    ['no-schema-type-mismatch@/components/schemas/S/items 6:24 a string schema has items, which applies to arrays only {"type":"string","keyword":"items"}'],
  ],
  [
    MISMATCH,
    'an integer with properties',
    SCHEMA('{ type: integer, properties: { a: { type: string } } }'),
    [
      'no-schema-type-mismatch@/components/schemas/S/properties 6:25 an integer schema has properties, which applies to objects only {"type":"integer","keyword":"properties"}',
    ],
  ],
  [MISMATCH, 'a type list is left alone', SCHEMA('{ type: [string, "null"], items: { type: string } }'), []],
  [MISMATCH, 'items that are null or a boolean', SCHEMA('{ type: string, items: null, properties: true }'), []],
  [
    CONTACTED,
    'an empty url and no email',
    CONTACT('{ name: Team, url: "" }'),
    ['contact-properties@/info/contact 2:35 the contact has no url, email {"missing":["url","email"]}'],
  ],
  [CONTACTED, 'every field written', CONTACT('{ name: Team, url: "https://a.example.com", email: a@example.com }'), []],
  [CONTACTED, 'a contact that is not an object', CONTACT('Team'), []],
  [CONTACTED, 'a contact that is null', CONTACT('null'), []],
  [CONTACTED, 'a contact that is a list', CONTACT('[Team]'), []],
  [CONTACTED, 'no info', 'openapi: 3.1.0\npaths: {}\n', []],
]);

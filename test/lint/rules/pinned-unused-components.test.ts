import { OAS, pin } from './pin.js';

/** no-unused-components: every kind of reference that uses a component, and those that do not. */
const USES = (schema: string, components: string) =>
  OAS(`paths:\n  /a: { get: { responses: { "200": { description: OK, content: { application/json: { schema: ${schema} } } } } } }\ncomponents:\n${components}`);
const RULE = 'no-unused-components';

pin([
  [
    RULE,
    'a reference into a component uses it',
    USES('{ $ref: "#/components/schemas/A/properties/b" }', '  schemas:\n    A: { type: object, properties: { b: { type: string } } }\n'),
    [],
  ],
  [
    RULE,
    'a reference to the components section uses nothing',
    USES('{ $ref: "#/components/schemas" }', '  schemas:\n    A: { type: object }\n'),
    ['no-unused-components@/components/schemas/A 7:5 schemas A is never referenced {"type":"schemas","name":"A"}'],
  ],
  [
    RULE,
    'discriminator mappings by pointer and by bare name',
    USES(
      '{ oneOf: [], discriminator: { propertyName: kind, mapping: { cat: "#/components/schemas/Cat", dog: Dog } } }',
      '  schemas:\n    Cat: { type: object }\n    Dog: { type: object }\n    Cow: { type: object }\n',
    ),
    ['no-unused-components@/components/schemas/Cow 9:5 schemas Cow is never referenced {"type":"schemas","name":"Cow"}'],
  ],
  [
    RULE,
    'a mapping without a propertyName is no discriminator',
    USES('{ discriminator: { mapping: { cat: "#/components/schemas/Cat" } } }', '  schemas:\n    Cat: { type: object }\n'),
    ['no-unused-components@/components/schemas/Cat 7:5 schemas Cat is never referenced {"type":"schemas","name":"Cat"}'],
  ],
  [
    RULE,
    'a property named $ref is no reference',
    USES('{ type: object, properties: { $ref: { type: string } } }', '  schemas:\n    A: { type: object }\n'),
    ['no-unused-components@/components/schemas/A 7:5 schemas A is never referenced {"type":"schemas","name":"A"}'],
  ],
  [
    RULE,
    'a reference to another server uses nothing here',
    USES('{ $ref: "https://example.com/api.yaml#/components/schemas/A" }', '  schemas:\n    A: { type: object }\n'),
    [
      'ref-unresolved@/paths/~1a/get/responses/200/content/application~1json/schema/$ref 4:102 remote $ref "https://example.com/api.yaml#/components/schemas/A" is not followed (pass --allow-remote-refs to fetch it)',
      'no-unused-components@/components/schemas/A 7:5 schemas A is never referenced {"type":"schemas","name":"A"}',
    ],
  ],
  [
    RULE,
    'a plain-name fragment uses nothing',
    USES('{ $ref: "#A" }', '  schemas:\n    A: { type: object }\n'),
    [
      'ref-unresolved@/paths/~1a/get/responses/200/content/application~1json/schema/$ref 4:102 $ref "#A" has a fragment that is not a JSON pointer',
      'no-unused-components@/components/schemas/A 7:5 schemas A is never referenced {"type":"schemas","name":"A"}',
    ],
  ],
  [
    RULE,
    'another file referring back into the root file uses the component',
    {
      'openapi.yaml': USES('{ $ref: "schemas/order.yaml" }', '  schemas:\n    Money: { type: integer }\n    Unused: { type: object }\n'),
      'schemas/order.yaml': 'type: object\nproperties:\n  total: { $ref: "../openapi.yaml#/components/schemas/Money" }\n',
    },
    ['no-unused-components@/components/schemas/Unused 8:5 schemas Unused is never referenced {"type":"schemas","name":"Unused"}'],
  ],
  [
    RULE,
    "another file's local reference is to its own components",
    {
      'openapi.yaml': USES('{ $ref: "other.yaml#/components/schemas/Money" }', '  schemas:\n    Money: { type: integer }\n'),
      'other.yaml': 'components:\n  schemas:\n    Money: { type: integer }\n    Total: { $ref: "#/components/schemas/Money" }\n',
    },
    ['no-unused-components@/components/schemas/Money 7:5 schemas Money is never referenced {"type":"schemas","name":"Money"}'],
  ],
  [
    RULE,
    'each component type is checked',
    OAS(
      'paths: {}\ncomponents:\n  responses: { R: { description: r } }\n  parameters: { P: { name: p, in: query } }\n  examples: { E: { value: 1 } }\n  requestBodies: { B: { content: {} } }\n  headers: { H: { schema: { type: string } } }\n  links: { L: { operationId: x } }\n  callbacks: { C: {} }\n  securitySchemes: { S: { type: http, scheme: bearer } }\n',
    ),
    [
      'no-unused-components@/components/responses/R 5:16 responses R is never referenced {"type":"responses","name":"R"}',
      'no-unused-components@/components/parameters/P 6:17 parameters P is never referenced {"type":"parameters","name":"P"}',
      'no-unused-components@/components/examples/E 7:15 examples E is never referenced {"type":"examples","name":"E"}',
      'no-unused-components@/components/requestBodies/B 8:20 requestBodies B is never referenced {"type":"requestBodies","name":"B"}',
      'no-unused-components@/components/headers/H 9:14 headers H is never referenced {"type":"headers","name":"H"}',
      'no-unused-components@/components/links/L 10:12 links L is never referenced {"type":"links","name":"L"}',
      'no-unused-components@/components/callbacks/C 11:16 callbacks C is never referenced {"type":"callbacks","name":"C"}',
    ],
  ],
  [
    RULE,
    '2.0: definitions, one used through a reference into it',
    'swagger: "2.0"\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { responses: { "200": { description: OK, schema: { $ref: "#/definitions/A/properties/b" } } } } }\ndefinitions:\n  A: { type: object, properties: { b: { type: string } } }\n  B: { type: object }\n',
    ['no-unused-components@/definitions/B 7:3 definitions B is never referenced {"type":"definitions","name":"B"}'],
  ],
]);

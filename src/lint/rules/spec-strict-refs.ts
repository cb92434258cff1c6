import { below } from '../oas-nodes.js';
import { eachSlot } from '../oas-slots.js';
import { defineLintRule } from '../rule.js';

/** What a shape is called in a message: the type tree's name, or where it sits. */
const NAMES: Record<string, string> = {
  Root: 'the document',
  Components: 'components',
  PathItems: 'a map of path items',
  Operation: 'an operation',
  ParameterList: 'a parameter list',
  Parameters: 'a map of parameters',
  Responses: 'a map of responses',
  RequestBodies: 'a map of request bodies',
  Content: 'a content map',
  MediaType: 'a media type',
  Encodings: 'an encoding map',
  Encoding: 'an encoding',
  Headers: 'a map of headers',
  Examples: 'a map of examples',
  Links: 'a map of links',
  Callbacks: 'a map of callbacks',
  SecuritySchemes: 'a map of security schemes',
  Schemas: 'a map of schemas',
  SchemaList: 'a list of schemas',
  Extension: 'an extension',
  CodeSamples: 'a list of code samples',
  CodeSample: 'a code sample',
};

export default defineLintRule({
  id: 'spec-strict-refs',
  category: 'schema',
  severity: 'error',
  presets: [],
  description:
    'A `$ref` stands only where OpenAPI allows a Reference Object: a schema, response, parameter, request body, example, header, security scheme, link, callback or path item.',
  rationale:
    'Many tools resolve every `$ref` wherever it is, so a reference in place of a media type, an operation or a whole map works in one tool and fails in the next one (code generators, gateways) that follows the specification.',
  fix: 'Reference the objects inside instead (each media type’s schema, each response), or inline the part.',
  references: ['OpenAPI 3.1.0 §4.8.23 "Reference Object"', 'Redocly spec-strict-refs'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses: { $ref: "#/components/x-responses" }\ncomponents:\n  x-responses: { "200": { description: OK } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses: { "200": { $ref: "#/components/responses/Ok" } }\ncomponents:\n  responses:\n    Ok: { description: OK }\n',
  },
  create: ({ report }) => ({
    Document(_node, ctx) {
      eachSlot(ctx.doc, (slot) => {
        if (slot.kind !== 'Other' || typeof slot.node.$ref !== 'string') return;
        const what = NAMES[slot.shape] ?? 'this object';
        report(ctx, {
          at: below(slot.at, '$ref'),
          target: 'key',
          message: `$ref is not allowed in place of ${what}`,
          data: { object: slot.shape },
        });
      });
    },
  }),
});

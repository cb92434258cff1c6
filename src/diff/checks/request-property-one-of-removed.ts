import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-one-of-removed',
  event: 'OneOfBranchRemoved',
  level: 'breaking',
  description: 'A request body (or property) no longer accepts one of its oneOf/anyOf alternatives.',
  rationale: 'Clients that send that shape are rejected.',
  fix: 'Keep accepting the old shape and convert it on the server.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} no longer accepts ${e.keyword} branch ${e.branch}`,
  examples: {
    bad: {
      name: 'removing a oneOf alternative from a request rejects clients that send it',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] } } } } }\nrequestBody: { content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Cat' } } } } }\nrequestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Cat' } } } }",
    },
    good: {
      name: 'adding an alternative is not removing one',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Cat' } } } } }\nrequestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Cat' } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] } } } } }\nrequestBody: { content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] } } } }",
    },
  },
});

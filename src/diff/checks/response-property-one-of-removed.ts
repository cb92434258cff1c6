import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-one-of-removed',
  event: 'OneOfBranchRemoved',
  level: 'info',
  description: 'A response no longer returns one of its oneOf/anyOf alternatives.',
  rationale: 'Clients handle a subset of what they handled.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} no longer returns ${e.keyword} branch ${e.branch}`,
  examples: {
    bad: {
      name: 'removing an alternative from a response is information',
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

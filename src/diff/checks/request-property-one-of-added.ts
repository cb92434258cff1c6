import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-one-of-added',
  event: 'OneOfBranchAdded',
  level: 'info',
  description: 'A request body (or property) accepts a new oneOf/anyOf alternative.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} now also accepts ${e.keyword} branch ${e.branch}`,
  examples: {
    bad: {
      name: 'a new alternative in a request is information',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Cat' } } } } }\nrequestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Cat' } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] } } } } }\nrequestBody: { content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] } } } }",
    },
    good: {
      name: 'removing an alternative is not adding one',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] } } } } }\nrequestBody: { content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Cat' } } } } }\nrequestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Cat' } } } }",
    },
  },
});

import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-one-of-added',
  event: 'OneOfBranchAdded',
  level: 'breaking',
  description: 'A response body (or property) may return a new oneOf/anyOf alternative.',
  rationale: 'Clients handle the alternatives they know; a new shape fails to deserialise or falls through their handling.',
  fix: 'Ship clients that tolerate unknown alternatives first, or return the new shape only to clients that opt in.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} may now return ${e.keyword} branch ${e.branch}`,
  examples: {
    bad: {
      name: 'a new alternative in a response union breaks clients that handle only the old ones',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: string }] } } } } }\nrequestBody: { content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: string }] } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: string }, { $ref: '#/components/schemas/Dog' }] } } } } }\nrequestBody: { content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: string }, { $ref: '#/components/schemas/Dog' }] } } } }",
    },
    good: {
      name: 'removing an alternative from a response only narrows what clients receive',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: string }, { $ref: '#/components/schemas/Dog' }] } } } } }\nrequestBody: { content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: string }, { $ref: '#/components/schemas/Dog' }] } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: string }] } } } } }\nrequestBody: { content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: string }] } } } }",
    },
  },
});

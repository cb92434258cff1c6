import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-header-added',
  event: 'HeaderAdded',
  level: 'info',
  description: 'A response gained a header.',
  rationale: 'Clients ignore headers they do not know.',
  fix: 'Nothing to do.',
  applies: () => true,
  message: (e) => `${where(e)} was added`,
  examples: {
    bad: {
      name: 'a new response header is information',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
      revision:
        "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { schema: { type: integer } } } } }",
    },
    good: {
      name: 'removing a header is not adding one',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { schema: { type: integer } } } } }",
      revision: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
    },
  },
});

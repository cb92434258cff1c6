import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'response-media-type-added',
  event: 'MediaTypeAdded',
  level: 'info',
  description: 'A response offers a new content type.',
  rationale: 'Clients keep asking for the types they know.',
  fix: 'Nothing to do.',
  applies: (e) => e.direction === 'response',
  message: (e) => `status ${e.status} now also returns ${e.mediaType}`,
  examples: {
    bad: {
      name: 'offering a new response content type is information',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
      revision:
        "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } } }",
    },
    good: {
      name: 'dropping one is not adding one',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } } }",
      revision: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
    },
  },
});

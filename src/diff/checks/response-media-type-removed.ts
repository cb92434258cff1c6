import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'response-media-type-removed',
  event: 'MediaTypeRemoved',
  level: 'breaking',
  description: 'A response no longer offers a content type.',
  rationale: 'Clients that ask for it (Accept) get 406, or a body in a format they cannot read.',
  fix: 'Keep offering the content type until clients have switched.',
  applies: (e) => e.direction === 'response',
  message: (e) => `status ${e.status} no longer returns ${e.mediaType}`,
  examples: {
    bad: {
      name: 'dropping XML responses breaks clients that ask for XML',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } } }",
      revision: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
    },
    good: {
      name: 'adding a response content type is not a removal',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
      revision:
        "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } } }",
    },
  },
});

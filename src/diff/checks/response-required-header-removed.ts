import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-required-header-removed',
  event: 'HeaderRemoved',
  level: 'breaking',
  tags: ['removal'],
  description: 'A response header that was always sent was removed.',
  rationale: 'Clients read the header unconditionally (a rate limit, a location); they fail when it is missing.',
  fix: 'Deprecate the header with a Sunset date and keep sending it until then.',
  applies: (e) => e.required,
  message: (e) => `${where(e)} was removed although it was required`,
  examples: {
    bad: {
      name: 'removing a required response header breaks clients that read it',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { required: true, schema: { type: integer } } } } }",
      revision: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
    },
    good: {
      name: 'removing an optional header is reported by its own check',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { schema: { type: integer } } } } }",
      revision: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
    },
  },
});

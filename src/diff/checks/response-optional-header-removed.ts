import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-optional-header-removed',
  event: 'HeaderRemoved',
  level: 'warn',
  tags: ['removal'],
  description: 'An optional response header was removed.',
  rationale: 'Clients that use the header when present lose that information.',
  fix: 'Deprecate the header first, then remove it.',
  applies: (e) => !e.required,
  message: (e) => `${where(e)} was removed`,
  examples: {
    bad: {
      name: 'removing an optional response header is a warning',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { schema: { type: integer } } } } }",
      revision: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
    },
    good: {
      name: 'removing a required header is reported by its own check',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { required: true, schema: { type: integer } } } } }",
      revision: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } } } }",
    },
  },
});

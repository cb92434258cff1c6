import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-header-became-optional',
  event: 'HeaderRequiredChanged',
  level: 'breaking',
  description: 'A response header that was always sent may now be missing.',
  rationale: 'Clients read the header unconditionally and fail when it is absent.',
  fix: 'Keep sending the header.',
  applies: (e) => !e.to,
  message: (e) => `${where(e)} became optional and may be missing`,
  examples: {
    bad: {
      name: 'a required response header that becomes optional breaks clients that read it',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { required: true, schema: { type: integer } } } } }",
      revision:
        "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { schema: { type: integer } } } } }",
    },
    good: {
      name: 'a header that becomes required only promises more',
      base: "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { schema: { type: integer } } } } }",
      revision:
        "responses: { '200': { description: r200, content: { application/json: { schema: { type: object } } }, headers: { X-Rate-Limit: { required: true, schema: { type: integer } } } } }",
    },
  },
});

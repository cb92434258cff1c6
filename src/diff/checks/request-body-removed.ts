import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'request-body-removed',
  event: 'RequestBodyRemoved',
  level: 'warn',
  tags: ['removal'],
  description: 'An operation no longer takes a request body.',
  rationale: 'Clients still send one; the server ignores it (silently dropping data) or rejects it.',
  fix: 'Deprecate the body first and keep accepting it until the Sunset date.',
  applies: () => true,
  message: () => `the request body was removed`,
  examples: {
    bad: {
      name: 'removing a request body affects clients that send it',
      base: 'requestBody: { required: false, content: { application/json: { schema: { type: object } } } }',
      revision: '',
    },
    good: {
      name: 'adding one is not a removal',
      base: '',
      revision: 'requestBody: { required: false, content: { application/json: { schema: { type: object } } } }',
    },
  },
});

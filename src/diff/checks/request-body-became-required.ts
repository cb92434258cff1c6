import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'request-body-became-required',
  event: 'RequestBodyRequiredChanged',
  level: 'breaking',
  description: 'An optional request body became required.',
  rationale: 'Clients that send no body are rejected.',
  fix: 'Keep the body optional with defaults.',
  applies: (e) => e.to,
  message: () => `the request body became required`,
  examples: {
    bad: {
      name: 'making the request body required breaks clients that omit it',
      base: 'requestBody: { required: false, content: { application/json: { schema: { type: object } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object } } } }',
    },
    good: {
      name: 'making it optional is not the reverse',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object } } } }',
      revision: 'requestBody: { required: false, content: { application/json: { schema: { type: object } } } }',
    },
  },
});

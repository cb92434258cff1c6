import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'request-required-body-added',
  event: 'RequestBodyAdded',
  level: 'breaking',
  description: 'An operation that took no body now requires one.',
  rationale: 'Existing clients send no body and are rejected.',
  fix: 'Make the body optional with server-side defaults.',
  applies: (e) => e.required,
  message: () => `a required request body was added`,
  examples: {
    bad: {
      name: 'a new required request body breaks existing calls',
      base: '',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object } } } }',
    },
    good: {
      name: 'a new optional request body breaks nobody',
      base: '',
      revision: 'requestBody: { required: false, content: { application/json: { schema: { type: object } } } }',
    },
  },
});

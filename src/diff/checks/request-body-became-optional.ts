import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'request-body-became-optional',
  event: 'RequestBodyRequiredChanged',
  level: 'info',
  description: 'A required request body became optional.',
  rationale: 'Existing calls stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => !e.to,
  message: () => `the request body became optional`,
  examples: {
    bad: {
      name: 'making the request body optional is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object } } } }',
      revision: 'requestBody: { required: false, content: { application/json: { schema: { type: object } } } }',
    },
    good: {
      name: 'making it required is not the reverse',
      base: 'requestBody: { required: false, content: { application/json: { schema: { type: object } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object } } } }',
    },
  },
});

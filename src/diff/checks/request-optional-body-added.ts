import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'request-optional-body-added',
  event: 'RequestBodyAdded',
  level: 'info',
  description: 'An operation accepts an optional body.',
  rationale: 'Existing calls stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => !e.required,
  message: () => `an optional request body was added`,
  examples: {
    bad: {
      name: 'a new optional request body is information',
      base: '',
      revision: 'requestBody: { required: false, content: { application/json: { schema: { type: object } } } }',
    },
    good: {
      name: 'a new required body is reported by its own check',
      base: '',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object } } } }',
    },
  },
});

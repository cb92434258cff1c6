import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'request-body-media-type-added',
  event: 'MediaTypeAdded',
  level: 'info',
  description: 'An operation accepts a new request content type.',
  rationale: 'Existing calls stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.direction === 'request',
  message: (e) => `the request body now also accepts ${e.mediaType}`,
  examples: {
    bad: {
      name: 'accepting a new request content type is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } }',
    },
    good: {
      name: 'dropping one is not adding one',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object } } } }',
    },
  },
});

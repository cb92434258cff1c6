import { defineCheck } from '../check.js';

export default defineCheck({
  id: 'request-body-media-type-removed',
  event: 'MediaTypeRemoved',
  level: 'breaking',
  description: 'An operation no longer accepts a request content type.',
  rationale: 'Clients that send that content type get 415 Unsupported Media Type.',
  fix: 'Keep accepting the content type until clients have switched.',
  applies: (e) => e.direction === 'request',
  message: (e) => `the request body no longer accepts ${e.mediaType}`,
  examples: {
    bad: {
      name: 'dropping XML from a request body breaks clients that send XML',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object } } } }',
    },
    good: {
      name: 'adding a content type is not a removal',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } }',
    },
  },
});

import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'request-property-max-items-increased',
  event: 'MaxItemsChanged',
  level: 'info',
  description: 'A request body array accepts more items than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body' && !e.narrowed,
  message: (e) => `maxItems of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'raising maxItems of a request array is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 5 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 10 } } } } } }',
    },
    good: {
      name: 'raising it in a response is judged by the response check',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 5 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 10 } } } } } } }",
    },
  },
});

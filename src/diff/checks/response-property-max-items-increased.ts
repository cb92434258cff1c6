import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-max-items-increased',
  event: 'MaxItemsChanged',
  level: 'warn',
  description: 'A response array may hold more items than before.',
  rationale: 'Clients that allocate or page for the documented maximum may truncate or slow down.',
  fix: 'Announce the new limit; page large results instead.',
  applies: (e) => e.area === 'response-body' && !e.narrowed,
  message: (e) => `maxItems of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'raising maxItems of a response array may surprise clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 5 } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 10 } } } } } } }",
    },
    good: {
      name: 'raising maxItems of a request array is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 5 } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: array, items: { type: string }, maxItems: 10 } } } } } }',
    },
  },
});

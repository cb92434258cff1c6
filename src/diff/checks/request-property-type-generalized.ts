import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-type-generalized',
  event: 'TypeChanged',
  level: 'info',
  description: 'A request body property widened its type.',
  rationale: 'Old requests stay valid; the server must now handle the wider range.',
  fix: 'Nothing to do for clients; make sure the server handles the new values.',
  applies: (e) => e.area === 'request-body' && e.widened,
  // A widening started from a stated type: nothing is wider than no type (any).
  message: (e) => `${where(e)} now accepts type ${e.to.join('|') || 'any'} (was ${e.from.join('|')})`,
  examples: {
    bad: {
      name: 'widening a request property from integer to number is information',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer } } } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: number } } } } } }',
    },
    good: {
      name: 'narrowing a request property is not a generalisation',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: number } } } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: integer } } } } } }',
    },
  },
});

import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-property-became-read-only',
  event: 'ReadOnlyChanged',
  level: 'warn',
  description: 'A request body property is now readOnly: clients should not send it.',
  rationale: 'Clients that still send it may be rejected, or find their value silently ignored.',
  fix: 'Keep accepting the value, or ignore it without error, until clients stop sending it.',
  applies: (e) => e.area === 'request-body' && e.to,
  message: (e) => `${where(e)} became read-only`,
  examples: {
    bad: {
      name: 'marking a request property readOnly affects clients that send it',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { id: { type: string, readOnly: true } } } } } }',
    },
    good: {
      name: 'marking a response property readOnly changes nothing for responses',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string, readOnly: true } } } } } } }",
    },
  },
});

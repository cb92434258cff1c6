import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-became-required',
  event: 'ParameterRequiredChanged',
  level: 'breaking',
  description: 'An optional request parameter became required.',
  rationale: 'Clients that omit it are rejected.',
  fix: 'Keep it optional with a default.',
  applies: (e) => e.to,
  message: (e) => `${where(e)} became required`,
  examples: {
    bad: {
      name: 'making a query parameter required breaks clients that omit it',
      base: 'parameters: [{ name: limit, in: query, schema: { type: integer } }]',
      revision: 'parameters: [{ name: limit, in: query, required: true, schema: { type: integer } }]',
    },
    good: {
      name: 'making it optional is not the reverse',
      base: 'parameters: [{ name: limit, in: query, required: true, schema: { type: integer } }]',
      revision: 'parameters: [{ name: limit, in: query, schema: { type: integer } }]',
    },
  },
});

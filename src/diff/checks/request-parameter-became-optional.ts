import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-became-optional',
  event: 'ParameterRequiredChanged',
  level: 'info',
  description: 'A required request parameter became optional.',
  rationale: 'Existing calls stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => !e.to,
  message: (e) => `${where(e)} became optional`,
  examples: {
    bad: {
      name: 'making a query parameter optional is information',
      base: 'parameters: [{ name: limit, in: query, required: true, schema: { type: integer } }]',
      revision: 'parameters: [{ name: limit, in: query, schema: { type: integer } }]',
    },
    good: {
      name: 'making it required is not the reverse',
      base: 'parameters: [{ name: limit, in: query, schema: { type: integer } }]',
      revision: 'parameters: [{ name: limit, in: query, required: true, schema: { type: integer } }]',
    },
  },
});

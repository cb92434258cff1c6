import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-optional-parameter-added',
  event: 'ParameterAdded',
  level: 'info',
  description: 'An operation gained an optional parameter.',
  rationale: 'Existing calls stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => !e.required,
  message: (e) => `${where(e)} was added`,
  examples: {
    bad: {
      name: 'a new optional parameter is information',
      base: 'parameters: []',
      revision: 'parameters: [{ name: X-Request-Id, in: header, schema: { type: string } }]',
    },
    good: {
      name: 'a new required parameter is reported by its own check',
      base: 'parameters: []',
      revision: 'parameters: [{ name: limit, in: query, required: true, schema: { type: integer } }]',
    },
  },
});

import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-required-parameter-added',
  event: 'ParameterAdded',
  level: 'breaking',
  description: 'An operation gained a required parameter.',
  rationale: 'Every existing client omits it, so every existing call fails.',
  fix: 'Add the parameter as optional with a default; require it only in a new version.',
  applies: (e) => e.required,
  message: (e) => `${where(e)} was added as required`,
  examples: {
    bad: {
      name: 'a new required query parameter breaks every existing call',
      base: 'parameters: []',
      revision: 'parameters: [{ name: limit, in: query, required: true, schema: { type: integer } }]',
    },
    good: {
      name: 'a new optional query parameter breaks nobody',
      base: 'parameters: []',
      revision: 'parameters: [{ name: limit, in: query, schema: { type: integer } }]',
    },
  },
});

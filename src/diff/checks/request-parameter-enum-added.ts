import { defineCheck } from '../check.js';
import { showValues, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-enum-added',
  event: 'EnumConstraintAdded',
  level: 'breaking',
  description: 'A free request parameter is restricted to a list of values.',
  rationale: 'Clients that send any other value are now rejected.',
  fix: 'Keep accepting other values (map them) or introduce the restricted parameter under a new name.',
  applies: (e) => e.parameter !== undefined,
  message: (e) => `${where(e)} now accepts only ${showValues(e.values)}`,
  examples: {
    bad: {
      name: 'restricting a free query parameter to a list rejects other values',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [asc, desc] } }]',
    },
    good: {
      name: 'lifting the restriction is not a restriction',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [asc, desc] } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string } }]',
    },
  },
});

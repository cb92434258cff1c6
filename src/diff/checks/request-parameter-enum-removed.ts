import { defineCheck } from '../check.js';
import { showValues, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-enum-removed',
  event: 'EnumConstraintRemoved',
  level: 'info',
  description: 'A request parameter no longer restricts its values to a list.',
  rationale: 'Every request that was valid stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined,
  message: (e) => `${where(e)} accepts any value now (was ${showValues(e.values)})`,
  examples: {
    bad: {
      name: 'lifting a parameter enum is information',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [asc, desc] } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string } }]',
    },
    good: {
      name: 'adding an enum is not lifting one',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [asc, desc] } }]',
    },
  },
});

import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-enum-value-added',
  event: 'EnumValueAdded',
  level: 'info',
  description: 'A request parameter accepts a new enum value.',
  rationale: 'Requests that were valid stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined,
  message: (e) => `${where(e)} now accepts ${show(e.value)}`,
  examples: {
    bad: {
      name: 'adding a value to a parameter enum is information',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [cat] } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [cat, dog] } }]',
    },
    good: {
      name: 'removing a value is not an addition',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [cat, dog] } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, enum: [cat] } }]',
    },
  },
});

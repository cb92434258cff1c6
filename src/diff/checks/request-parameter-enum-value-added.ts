import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';
import { inQuery } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-enum-value-added',
  event: 'EnumValueAdded',
  level: 'info',
  description: 'A request parameter accepts a new enum value.',
  rationale: 'Requests that were valid stay valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined,
  message: (e) => `${where(e)} now accepts ${show(e.value)}`,
  fixtures: {
    triggers: { name: 'adding a value to a parameter enum is information', base: inQuery('{ type: string, enum: [cat] }'), revision: inQuery('{ type: string, enum: [cat, dog] }') },
    passes: { name: 'removing a value is not an addition', base: inQuery('{ type: string, enum: [cat, dog] }'), revision: inQuery('{ type: string, enum: [cat] }') },
  },
});

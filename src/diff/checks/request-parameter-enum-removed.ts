import { defineCheck } from '../check.js';
import { showValues, where } from '../describe.js';
import { inQuery } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-enum-removed',
  event: 'EnumConstraintRemoved',
  level: 'info',
  description: 'A request parameter no longer restricts its values to a list.',
  rationale: 'Every request that was valid stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined,
  message: (e) => `${where(e)} accepts any value now (was ${showValues(e.values)})`,
  fixtures: {
    triggers: { name: 'lifting a parameter enum is information', base: inQuery('{ type: string, enum: [asc, desc] }'), revision: inQuery('{ type: string }') },
    passes: { name: 'adding an enum is not lifting one', base: inQuery('{ type: string }'), revision: inQuery('{ type: string, enum: [asc, desc] }') },
  },
});

import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inQuery } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-max-length-increased',
  event: 'MaxLengthChanged',
  level: 'info',
  description: 'A request parameter accepts longer strings than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined && !e.narrowed,
  message: (e) => `maxLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'raising maxLength of a query parameter is information', base: inQuery('{ type: string, maxLength: 5 }'), revision: inQuery('{ type: string, maxLength: 10 }') },
    passes: { name: 'lowering it is not an increase', base: inQuery('{ type: string, maxLength: 10 }'), revision: inQuery('{ type: string, maxLength: 5 }') },
  },
});

import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inQuery } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-min-length-decreased',
  event: 'MinLengthChanged',
  level: 'info',
  description: 'A request parameter accepts shorter strings than before.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.parameter !== undefined && !e.narrowed,
  message: (e) => `minLength of ${where(e)} changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'lowering minLength of a query parameter is information', base: inQuery('{ type: string, minLength: 5 }'), revision: inQuery('{ type: string, minLength: 2 }') },
    passes: { name: 'raising it is not a decrease', base: inQuery('{ type: string, minLength: 2 }'), revision: inQuery('{ type: string, minLength: 5 }') },
  },
});

import { defineCheck } from '../check.js';
import { fromTo, where } from '../describe.js';
import { inQuery } from '../fixture.js';

export default defineCheck({
  id: 'request-parameter-default-value-changed',
  event: 'DefaultChanged',
  level: 'warn',
  description: 'A request parameter has a different default value.',
  rationale: 'Clients that omit the parameter silently get different behaviour (a bigger page, another sort order).',
  fix: 'Keep the old default; let clients opt in to the new value explicitly.',
  applies: (e) => e.parameter !== undefined,
  message: (e) => `${where(e)} default changed from ${fromTo(e.from, e.to)}`,
  fixtures: {
    triggers: { name: 'changing the default page size changes behaviour for clients that omit it', base: inQuery('{ type: integer, default: 20 }'), revision: inQuery('{ type: integer, default: 50 }') },
    passes: { name: 'an unchanged default is not reported', base: inQuery('{ type: integer, default: 20 }'), revision: inQuery('{ type: integer, default: 20 }') },
  },
});

import { mirror, type CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

const triggers = {
  name: 'lowering maxItems of an array query parameter rejects longer lists',
  base: inQuery('{ type: array, items: { type: string }, maxItems: 10 }'),
  revision: inQuery('{ type: array, items: { type: string }, maxItems: 5 }'),
};

export default { triggers, passes: mirror(triggers, 'raising maxItems accepts everything it did') } satisfies CheckCases;

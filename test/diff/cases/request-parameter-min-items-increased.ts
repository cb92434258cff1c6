import { mirror, type CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

const triggers = {
  name: 'raising minItems of an array query parameter rejects short lists',
  base: inQuery('{ type: array, items: { type: string }, minItems: 1 }'),
  revision: inQuery('{ type: array, items: { type: string }, minItems: 2 }'),
};

export default { triggers, passes: mirror(triggers, 'lowering minItems accepts everything it did') } satisfies CheckCases;

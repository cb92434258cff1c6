import { mirror, type CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

const triggers = {
  name: 'lowering minLength of a query parameter is information',
  base: inQuery('{ type: string, minLength: 5 }'),
  revision: inQuery('{ type: string, minLength: 2 }'),
};

export default { triggers, passes: mirror(triggers, 'raising it is not a decrease') } satisfies CheckCases;

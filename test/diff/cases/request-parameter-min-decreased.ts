import { mirror, type CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

const triggers = {
  name: 'lowering a parameter minimum is information',
  base: inQuery('{ type: integer, minimum: 1 }'),
  revision: inQuery('{ type: integer, minimum: 0 }'),
};

export default { triggers, passes: mirror(triggers, 'raising it is not a decrease') } satisfies CheckCases;

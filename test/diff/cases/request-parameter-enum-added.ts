import { mirror, type CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

const triggers = {
  name: 'restricting a free query parameter to a list rejects other values',
  base: inQuery('{ type: string }'),
  revision: inQuery('{ type: string, enum: [asc, desc] }'),
};

export default { triggers, passes: mirror(triggers, 'lifting the restriction is not a restriction') } satisfies CheckCases;

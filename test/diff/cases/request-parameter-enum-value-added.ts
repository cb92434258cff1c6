import { mirror, type CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

const triggers = {
  name: 'adding a value to a parameter enum is information',
  base: inQuery('{ type: string, enum: [cat] }'),
  revision: inQuery('{ type: string, enum: [cat, dog] }'),
};

export default { triggers, passes: mirror(triggers, 'removing a value is not an addition') } satisfies CheckCases;

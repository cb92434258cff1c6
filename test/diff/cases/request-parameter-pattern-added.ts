import { mirror, type CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

const triggers = {
  name: 'adding a pattern to a query parameter may reject values clients send',
  base: inQuery('{ type: string }'),
  revision: inQuery('{ type: string, pattern: "^[a-z]+$" }'),
};

export default { triggers, passes: mirror(triggers, 'removing a pattern is not adding one') } satisfies CheckCases;

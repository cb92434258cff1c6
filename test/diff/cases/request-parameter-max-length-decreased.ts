import { mirror, type CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

const triggers = {
  name: 'lowering maxLength of a query parameter rejects longer values clients send',
  base: inQuery('{ type: string, maxLength: 10 }'),
  revision: inQuery('{ type: string, maxLength: 5 }'),
};

export default { triggers, passes: mirror(triggers, 'raising maxLength accepts everything it did') } satisfies CheckCases;

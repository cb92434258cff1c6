import { mirror, type CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

const triggers = { name: 'lowering the maximum page size rejects what clients send', base: inQuery('{ type: integer, maximum: 100 }'), revision: inQuery('{ type: integer, maximum: 50 }') };

export default { triggers, passes: mirror(triggers, 'raising the maximum accepts everything it did') } satisfies CheckCases;

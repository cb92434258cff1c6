import type { CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'changing the default page size changes behaviour for clients that omit it',
    base: inQuery('{ type: integer, default: 20 }'),
    revision: inQuery('{ type: integer, default: 50 }'),
  },
  passes: {
    name: 'an unchanged default is not reported',
    base: inQuery('{ type: integer, default: 20 }'),
    revision: inQuery('{ type: integer, default: 20 }'),
  },
} satisfies CheckCases;

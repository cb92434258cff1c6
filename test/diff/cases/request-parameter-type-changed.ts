import type { CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'changing a query parameter from string to integer rejects what clients send',
    base: inQuery('{ type: string }'),
    revision: inQuery('{ type: integer }'),
  },
  passes: {
    name: 'widening a query parameter from integer to number accepts everything it did',
    base: inQuery('{ type: integer }'),
    revision: inQuery('{ type: number }'),
  },
} satisfies CheckCases;

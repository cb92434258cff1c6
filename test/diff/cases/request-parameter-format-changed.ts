import type { CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'adding format uuid to a free-text query parameter rejects what clients send',
    base: inQuery('{ type: string }'),
    revision: inQuery('{ type: string, format: uuid }'),
  },
  passes: {
    name: 'widening int32 to int64 accepts every value it did',
    base: inQuery('{ type: integer, format: int32 }'),
    revision: inQuery('{ type: integer, format: int64 }'),
  },
} satisfies CheckCases;

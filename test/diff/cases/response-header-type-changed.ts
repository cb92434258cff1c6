import type { CheckCases } from './case.js';
import { inHeader } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a rate-limit header that turns from integer to string breaks clients that parse it',
    base: inHeader('{ type: integer }'),
    revision: inHeader('{ type: string }'),
  },
  passes: { name: 'narrowing a header from number to integer is safe', base: inHeader('{ type: number }'), revision: inHeader('{ type: integer }') },
} satisfies CheckCases;

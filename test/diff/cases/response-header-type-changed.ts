import type { CheckCases } from './case.js';
import { inHeader, openapi31 } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a rate-limit header that turns from integer to string breaks clients that parse it',
    base: inHeader('{ type: integer }'),
    revision: inHeader('{ type: string }'),
  },
  passes: { name: 'narrowing a header from number to integer is safe', base: inHeader('{ type: number }'), revision: inHeader('{ type: integer }') },
  more: [
    {
      name: 'OpenAPI 3.1: types that share only string (integer|string to boolean|string)',
      base: openapi31(inHeader('{ type: [integer, string] }')),
      revision: openapi31(inHeader('{ type: [boolean, string] }')),
    },
    {
      name: 'a header whose type is dropped may carry any value',
      base: inHeader('{ type: string }'),
      revision: inHeader('{ }'),
    },
  ],
} satisfies CheckCases;

import type { CheckCases } from './case.js';
import { inQuery, openapi31 } from '../fixtures/build.js';

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
  more: [
    {
      name: 'OpenAPI 3.1: types that share only string (integer|string to boolean|string)',
      base: openapi31(inQuery('{ type: [integer, string] }')),
      revision: openapi31(inQuery('{ type: [boolean, string] }')),
    },
    {
      name: 'a query parameter that gains a type (any to string) rejects what clients sent',
      base: inQuery('{ }'),
      revision: inQuery('{ type: string }'),
    },
  ],
} satisfies CheckCases;

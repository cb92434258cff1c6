import { inQuery, openapi31 } from '../fixtures/build.js';
import { named, mirror, type CheckCases } from './case.js';
import requestParameterTypeChanged from './request-parameter-type-changed.js';

export default {
  triggers: named(requestParameterTypeChanged.passes, 'widening a query parameter from integer to number is reported as information'),
  passes: mirror(requestParameterTypeChanged.passes, 'narrowing a query parameter from number to integer is not a generalisation'),
  more: [
    {
      name: 'OpenAPI 3.1: a query parameter that also accepts boolean (integer|string to boolean|integer|string)',
      base: openapi31(inQuery('{ type: [integer, string] }')),
      revision: openapi31(inQuery('{ type: [boolean, integer, string] }')),
    },
    mirror(requestParameterTypeChanged.more[1], 'a query parameter whose type is dropped accepts any value'),
  ],
} satisfies CheckCases;

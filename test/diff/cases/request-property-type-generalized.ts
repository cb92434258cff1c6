import { mirror, type CheckCases } from './case.js';
import requestPropertyTypeChanged from './request-property-type-changed.js';
import { inRequest, openapi31, petsBothWays, withKind } from '../fixtures/build.js';

const triggers = {
  name: 'widening a request property from integer to number is information',
  base: inRequest(withKind('{ type: integer }')),
  revision: inRequest(withKind('{ type: number }')),
};

export default {
  triggers,
  passes: mirror(triggers, 'narrowing a request property is not a generalisation'),
  more: [
    {
      name: 'OpenAPI 3.1: a property that also accepts boolean (integer|string to boolean|integer|string)',
      base: openapi31(petsBothWays(withKind('{ type: [integer, string] }'))),
      revision: openapi31(petsBothWays(withKind('{ type: [boolean, integer, string] }'))),
    },
    mirror(requestPropertyTypeChanged.more[1], 'a property whose type is dropped accepts any value'),
  ],
} satisfies CheckCases;

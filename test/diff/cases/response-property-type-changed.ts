import { mirror, type CheckCases } from './case.js';
import { inResponse, withKind } from '../fixtures/build.js';
import requestPropertyTypeChanged from './request-property-type-changed.js';

export default {
  triggers: mirror(requestPropertyTypeChanged.passes, 'a response property that turns from integer to string breaks typed clients'),
  passes: {
    name: 'narrowing a response property from number to integer returns only values clients already accept',
    base: inResponse(withKind('{ type: number }')),
    revision: inResponse(withKind('{ type: integer }')),
  },
} satisfies CheckCases;

import type { CheckCases } from './case.js';
import { inRequest, inResponse, openapi31, petsBothWays, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'changing a request property from string to integer breaks clients that send strings',
    base: inRequest(withKind('{ type: string }')),
    revision: inRequest(withKind('{ type: integer }')),
  },
  passes: {
    name: 'the same type change in a response is judged by the response check',
    base: inResponse(withKind('{ type: string }')),
    revision: inResponse(withKind('{ type: integer }')),
  },
  more: [
    {
      name: 'OpenAPI 3.1: types that share only string (integer|string to boolean|string) change the request and the response',
      base: openapi31(petsBothWays(withKind('{ type: [integer, string] }'))),
      revision: openapi31(petsBothWays(withKind('{ type: [boolean, string] }'))),
    },
    {
      name: 'a property that gains a type (any to string) narrows what clients may send',
      base: petsBothWays(withKind('{ }')),
      revision: petsBothWays(withKind('{ type: string }')),
    },
  ],
} satisfies CheckCases;

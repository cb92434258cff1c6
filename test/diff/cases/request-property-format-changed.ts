import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'narrowing a request property from int64 to int32 rejects large values',
    base: inRequest(withKind('{ type: integer, format: int64 }')),
    revision: inRequest(withKind('{ type: integer, format: int32 }')),
  },
  passes: {
    name: 'the same narrowing in a response is safe for clients',
    base: inResponse(withKind('{ type: integer, format: int64 }')),
    revision: inResponse(withKind('{ type: integer, format: int32 }')),
  },
} satisfies CheckCases;

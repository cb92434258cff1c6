import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'lowering a request property minimum is information',
    base: inRequest(withKind('{ type: integer, minimum: 1 }')),
    revision: inRequest(withKind('{ type: integer, minimum: 0 }')),
  },
  passes: {
    name: 'lowering it in a response is judged by the response check',
    base: inResponse(withKind('{ type: integer, minimum: 1 }')),
    revision: inResponse(withKind('{ type: integer, minimum: 0 }')),
  },
} satisfies CheckCases;

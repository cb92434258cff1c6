import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'lowering minLength of a request property is information',
    base: inRequest(withKind('{ type: string, minLength: 5 }')),
    revision: inRequest(withKind('{ type: string, minLength: 2 }')),
  },
  passes: {
    name: 'lowering it in a response is judged by the response check',
    base: inResponse(withKind('{ type: string, minLength: 5 }')),
    revision: inResponse(withKind('{ type: string, minLength: 2 }')),
  },
} satisfies CheckCases;

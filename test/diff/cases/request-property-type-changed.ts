import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

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
} satisfies CheckCases;

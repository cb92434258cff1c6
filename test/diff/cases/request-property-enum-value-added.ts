import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'adding a value to a request enum is information',
    base: inRequest(withKind('{ type: string, enum: [cat] }')),
    revision: inRequest(withKind('{ type: string, enum: [cat, dog] }')),
  },
  passes: {
    name: 'the same addition in a response is judged by the response check',
    base: inResponse(withKind('{ type: string, enum: [cat] }')),
    revision: inResponse(withKind('{ type: string, enum: [cat, dog] }')),
  },
} satisfies CheckCases;

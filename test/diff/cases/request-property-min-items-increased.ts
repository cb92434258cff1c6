import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'raising minItems of a request array rejects short lists',
    base: inRequest(withKind('{ type: array, items: { type: string }, minItems: 1 }')),
    revision: inRequest(withKind('{ type: array, items: { type: string }, minItems: 2 }')),
  },
  passes: {
    name: 'raising minItems of a response array is safe',
    base: inResponse(withKind('{ type: array, items: { type: string }, minItems: 1 }')),
    revision: inResponse(withKind('{ type: array, items: { type: string }, minItems: 2 }')),
  },
} satisfies CheckCases;

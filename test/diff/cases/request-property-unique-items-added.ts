import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'requiring unique items in a request array rejects duplicates',
    base: inRequest(withKind('{ type: array, items: { type: string } }')),
    revision: inRequest(withKind('{ type: array, items: { type: string }, uniqueItems: true }')),
  },
  passes: {
    name: 'requiring unique items in a response array is safe',
    base: inResponse(withKind('{ type: array, items: { type: string } }')),
    revision: inResponse(withKind('{ type: array, items: { type: string }, uniqueItems: true }')),
  },
} satisfies CheckCases;

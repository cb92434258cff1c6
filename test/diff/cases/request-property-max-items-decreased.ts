import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'lowering maxItems of a request array rejects longer lists',
    base: inRequest(withKind('{ type: array, items: { type: string }, maxItems: 10 }')),
    revision: inRequest(withKind('{ type: array, items: { type: string }, maxItems: 5 }')),
  },
  passes: {
    name: 'lowering maxItems of a response array is safe',
    base: inResponse(withKind('{ type: array, items: { type: string }, maxItems: 10 }')),
    revision: inResponse(withKind('{ type: array, items: { type: string }, maxItems: 5 }')),
  },
} satisfies CheckCases;

import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'restricting a request property to a list rejects other values',
    base: inRequest(withKind('{ type: string }')),
    revision: inRequest(withKind('{ type: string, enum: [small, large] }')),
  },
  passes: {
    name: 'restricting a response property only narrows what clients receive',
    base: inResponse(withKind('{ type: string }')),
    revision: inResponse(withKind('{ type: string, enum: [small, large] }')),
  },
} satisfies CheckCases;

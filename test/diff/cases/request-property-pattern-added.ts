import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'adding a pattern to a request property may reject values',
    base: inRequest(withKind('{ type: string }')),
    revision: inRequest(withKind('{ type: string, pattern: "^[a-z]+$" }')),
  },
  passes: {
    name: 'adding a pattern to a response property only narrows what clients receive',
    base: inResponse(withKind('{ type: string }')),
    revision: inResponse(withKind('{ type: string, pattern: "^[a-z]+$" }')),
  },
} satisfies CheckCases;

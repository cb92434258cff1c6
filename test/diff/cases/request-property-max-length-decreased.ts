import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'lowering maxLength of a request property rejects longer values',
    base: inRequest(withKind('{ type: string, maxLength: 10 }')),
    revision: inRequest(withKind('{ type: string, maxLength: 5 }')),
  },
  passes: {
    name: 'lowering maxLength of a response property returns only values clients accept',
    base: inResponse(withKind('{ type: string, maxLength: 10 }')),
    revision: inResponse(withKind('{ type: string, maxLength: 5 }')),
  },
  more: [
    {
      name: 'boundary: lowering it by one rejects the longest values',
      base: inRequest(withKind('{ type: string, maxLength: 10 }')),
      revision: inRequest(withKind('{ type: string, maxLength: 9 }')),
    },
    {
      name: 'boundary: adding a maxLength where there was none narrows',
      base: inRequest(withKind('{ type: string }')),
      revision: inRequest(withKind('{ type: string, maxLength: 10 }')),
    },
  ],
} satisfies CheckCases;

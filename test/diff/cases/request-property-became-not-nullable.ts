import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a request property that stops accepting null breaks clients that send it',
    base: inRequest(withKind('{ type: string, nullable: true }')),
    revision: inRequest(withKind('{ type: string }')),
  },
  passes: {
    name: 'a response property that stops returning null is safe',
    base: inResponse(withKind('{ type: string, nullable: true }')),
    revision: inResponse(withKind('{ type: string }')),
  },
} satisfies CheckCases;

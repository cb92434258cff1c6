import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'changing a request property pattern is a warning',
    base: inRequest(withKind('{ type: string, pattern: "^[a-z]+$" }')),
    revision: inRequest(withKind('{ type: string, pattern: "^[a-z0-9]+$" }')),
  },
  passes: {
    name: 'changing a response property pattern is judged by the response check',
    base: inResponse(withKind('{ type: string, pattern: "^[a-z]+$" }')),
    revision: inResponse(withKind('{ type: string, pattern: "^[a-z0-9]+$" }')),
  },
} satisfies CheckCases;

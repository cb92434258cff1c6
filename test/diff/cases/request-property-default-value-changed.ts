import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'changing a request property default changes behaviour for clients that omit it',
    base: inRequest(withKind('{ type: integer, default: 20 }')),
    revision: inRequest(withKind('{ type: integer, default: 50 }')),
  },
  passes: {
    name: 'a default changed in a response schema does not change requests',
    base: inResponse(withKind('{ type: integer, default: 20 }')),
    revision: inResponse(withKind('{ type: integer, default: 50 }')),
  },
} satisfies CheckCases;

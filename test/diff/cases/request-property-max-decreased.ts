import type { CheckCases } from './case.js';
import { inRequest, inResponse, withKind } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'lowering a request property maximum rejects larger values',
    base: inRequest(withKind('{ type: integer, maximum: 100 }')),
    revision: inRequest(withKind('{ type: integer, maximum: 50 }')),
  },
  passes: {
    name: 'lowering a response property maximum is safe for clients',
    base: inResponse(withKind('{ type: integer, maximum: 100 }')),
    revision: inResponse(withKind('{ type: integer, maximum: 50 }')),
  },
} satisfies CheckCases;

import type { CheckCases } from './case.js';
import { inRequest, inResponse } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'marking a request property readOnly affects clients that send it',
    base: inRequest('{ type: object, properties: { id: { type: string } } }'),
    revision: inRequest('{ type: object, properties: { id: { type: string, readOnly: true } } }'),
  },
  passes: {
    name: 'marking a response property readOnly changes nothing for responses',
    base: inResponse('{ type: object, properties: { id: { type: string } } }'),
    revision: inResponse('{ type: object, properties: { id: { type: string, readOnly: true } } }'),
  },
} satisfies CheckCases;

import type { CheckCases } from './case.js';
import { inRequest, inResponse } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'marking a response property writeOnly removes it from responses',
    base: inResponse('{ type: object, properties: { id: { type: string } } }'),
    revision: inResponse('{ type: object, properties: { id: { type: string, writeOnly: true } } }'),
  },
  passes: {
    name: 'marking a request property writeOnly changes nothing for requests',
    base: inRequest('{ type: object, properties: { id: { type: string } } }'),
    revision: inRequest('{ type: object, properties: { id: { type: string, writeOnly: true } } }'),
  },
} satisfies CheckCases;

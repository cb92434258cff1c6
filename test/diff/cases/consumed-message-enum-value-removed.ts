import type { CheckCases } from './case.js';
import { inMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'rejecting an enum value producers still send breaks them',
    base: inMessage('{ type: object, properties: { state: { type: string, enum: [placed, paid, refunded] } } }', 'receive'),
    revision: inMessage('{ type: object, properties: { state: { type: string, enum: [placed, paid] } } }', 'receive'),
  },
  passes: {
    name: 'a producer sending fewer values breaks no consumer',
    base: inMessage('{ type: object, properties: { state: { type: string, enum: [placed, paid, refunded] } } }'),
    revision: inMessage('{ type: object, properties: { state: { type: string, enum: [placed, paid] } } }'),
  },
} satisfies CheckCases;

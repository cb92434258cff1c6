import type { CheckCases } from './case.js';
import { inMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'requiring a property producers may omit breaks them',
    base: inMessage('{ type: object, properties: { id: { type: string } } }', 'receive'),
    revision: inMessage('{ type: object, required: [id], properties: { id: { type: string } } }', 'receive'),
  },
  passes: {
    name: 'a producer promising a property breaks no consumer',
    base: inMessage('{ type: object, properties: { id: { type: string } } }'),
    revision: inMessage('{ type: object, required: [id], properties: { id: { type: string } } }'),
  },
} satisfies CheckCases;

import type { CheckCases } from './case.js';
import { inMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a consumer that stops accepting integers breaks producers sending them',
    base: inMessage('{ type: object, properties: { total: { type: integer } } }', 'receive'),
    revision: inMessage('{ type: object, properties: { total: { type: string } } }', 'receive'),
  },
  passes: {
    name: 'widening what a consumer accepts breaks no producer',
    base: inMessage('{ type: object, properties: { total: { type: integer } } }', 'receive'),
    revision: inMessage('{ type: object, properties: { total: { type: number } } }', 'receive'),
  },
} satisfies CheckCases;

import type { CheckCases } from './case.js';
import { inMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'requiring a new property of producers breaks every producer',
    base: inMessage('{ type: object, properties: { id: { type: string } } }', 'receive'),
    revision: inMessage('{ type: object, required: [note], properties: { id: { type: string }, note: { type: string } } }', 'receive'),
  },
  passes: {
    name: 'adding it as optional breaks nobody',
    base: inMessage('{ type: object, properties: { id: { type: string } } }', 'receive'),
    revision: inMessage('{ type: object, properties: { id: { type: string }, note: { type: string } } }', 'receive'),
  },
} satisfies CheckCases;

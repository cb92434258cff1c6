import type { CheckCases } from './case.js';
import { inMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a new property in a published event is reported for information',
    base: inMessage('{ type: object, properties: { id: { type: string } } }'),
    revision: inMessage('{ type: object, properties: { id: { type: string }, note: { type: string } } }'),
  },
  passes: {
    name: 'an unchanged contract reports nothing',
    base: inMessage('{ type: object, properties: { id: { type: string } } }'),
    revision: inMessage('{ type: object, properties: { id: { type: string } } }'),
  },
} satisfies CheckCases;

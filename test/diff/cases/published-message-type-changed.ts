import type { CheckCases } from './case.js';
import { inMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'an event property turning from integer to string breaks typed consumers',
    base: inMessage('{ type: object, properties: { total: { type: integer } } }'),
    revision: inMessage('{ type: object, properties: { total: { type: string } } }'),
  },
  passes: {
    name: 'narrowing a published number to integer sends only values consumers accept',
    base: inMessage('{ type: object, properties: { total: { type: number } } }'),
    revision: inMessage('{ type: object, properties: { total: { type: integer } } }'),
  },
  more: [
    {
      name: 'types that share only string (integer|string to boolean|string)',
      base: inMessage('{ type: object, properties: { total: { type: [integer, string] } } }'),
      revision: inMessage('{ type: object, properties: { total: { type: [boolean, string] } } }'),
    },
    {
      name: 'a published property whose type is dropped may carry any value',
      base: inMessage('{ type: object, properties: { total: { type: string } } }'),
      revision: inMessage('{ type: object, properties: { total: { } } }'),
    },
  ],
} satisfies CheckCases;

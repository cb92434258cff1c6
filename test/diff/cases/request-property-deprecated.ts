import type { CheckCases } from './case.js';
import { inRequest, inResponse } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'deprecating a request property is information',
    base: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'),
    revision: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer, deprecated: true } } }'),
  },
  passes: {
    name: 'deprecating a response property is reported by the response check',
    base: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'),
    revision: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer, deprecated: true } } }'),
  },
} satisfies CheckCases;

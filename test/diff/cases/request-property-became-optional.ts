import type { CheckCases } from './case.js';
import { inRequest, inResponse } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'making a request property optional is information',
    base: inRequest('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }'),
    revision: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'),
  },
  passes: {
    name: 'making a response property optional is judged by the response check',
    base: inResponse('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }'),
    revision: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'),
  },
} satisfies CheckCases;

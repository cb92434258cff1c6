import type { CheckCases } from './case.js';
import { inRequest } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a new optional request property is information',
    base: inRequest('{ type: object, properties: { name: { type: string } } }'),
    revision: inRequest('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'),
  },
  passes: {
    name: 'a new required request property is reported by its own check',
    base: inRequest('{ type: object, properties: { name: { type: string } } }'),
    revision: inRequest('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }'),
  },
} satisfies CheckCases;

import type { CheckCases } from './case.js';
import { inMessage } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a published property that may now be null breaks consumers',
    base: inMessage('{ type: object, properties: { total: { type: integer } } }'),
    revision: inMessage('{ type: object, properties: { total: { type: [integer, "null"] } } }'),
  },
  passes: {
    name: 'a consumer accepting null breaks no producer',
    base: inMessage('{ type: object, properties: { total: { type: integer } } }', 'receive'),
    revision: inMessage('{ type: object, properties: { total: { type: [integer, "null"] } } }', 'receive'),
  },
} satisfies CheckCases;

import { mirror, type CheckCases } from './case.js';
import { inResponse } from '../fixtures/build.js';
import requestOptionalPropertyAdded from './request-optional-property-added.js';

export default {
  triggers: mirror(requestOptionalPropertyAdded.triggers, 'removing a request property affects clients that send it'),
  passes: {
    name: 'removing a response property is judged by the response checks',
    base: inResponse('{ type: object, properties: { name: { type: string }, age: { type: integer } } }'),
    revision: inResponse('{ type: object, properties: { name: { type: string } } }'),
  },
} satisfies CheckCases;

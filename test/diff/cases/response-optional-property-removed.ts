import { named, type CheckCases } from './case.js';
import { inResponse } from '../fixtures/build.js';
import requestPropertyRemoved from './request-property-removed.js';

export default {
  triggers: named(requestPropertyRemoved.passes, 'removing an optional response property is a warning'),
  passes: {
    name: 'removing a required one is reported by its own check',
    base: inResponse('{ type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } }'),
    revision: inResponse('{ type: object, properties: { name: { type: string } } }'),
  },
} satisfies CheckCases;

import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-enum-value-added',
  event: 'EnumValueAdded',
  level: 'breaking',
  description: 'A response property may return a new enum value.',
  rationale: 'Clients switch over the known values; generated enums fail to deserialise an unknown one, and exhaustive handling falls through.',
  fix: 'Ship clients that tolerate unknown values first, or return the new value only to clients that opt in.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} may now return ${show(e.value)}`,
  examples: {
    bad: { name: 'a new value in a response enum breaks clients that switch over the old ones', base: 'responses: { \'200\': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat] } } } } } } }', revision: 'responses: { \'200\': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog] } } } } } } }' },
    good: { name: 'the same new value in a request is safe', base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat] } } } } } }', revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [cat, dog] } } } } } }' },
  },
});

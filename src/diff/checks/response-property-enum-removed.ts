import { defineCheck } from '../check.js';
import { showValues, where } from '../describe.js';

export default defineCheck({
  id: 'response-property-enum-removed',
  event: 'EnumConstraintRemoved',
  level: 'breaking',
  description: 'A response property that returned one of a list of values may now return anything.',
  rationale: 'Clients map the property to an enum type or switch over its values; any other value breaks them.',
  fix: 'Keep the list and add values deliberately, each announced in advance.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} may now return any value (was ${showValues(e.values)})`,
  examples: {
    bad: {
      name: 'lifting a response enum breaks clients that map it to an enum type',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [small, large] } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } } }",
    },
    good: {
      name: 'lifting a request enum only accepts more',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string, enum: [small, large] } } } } } }',
      revision: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { kind: { type: string } } } } } }',
    },
  },
});

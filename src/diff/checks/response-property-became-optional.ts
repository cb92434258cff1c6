import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-became-optional',
  event: 'RequiredRemoved',
  level: 'breaking',
  description: 'A response property that was always present may now be missing.',
  rationale: 'Clients read the property unconditionally and fail when it is absent.',
  fix: 'Keep returning the property; deprecate it first if it is going away.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} became optional and may be missing`,
  examples: {
    bad: {
      name: 'a response property that may now be missing breaks clients that read it',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } } }",
    },
    good: {
      name: 'a request property that becomes optional is safe',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, required: [age], properties: { name: { type: string }, age: { type: integer } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } }',
    },
  },
});

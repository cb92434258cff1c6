import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-added',
  event: 'PropertyAdded',
  level: 'info',
  description: 'A response gained a property.',
  rationale: 'Tolerant clients ignore fields they do not know.',
  fix: 'Nothing to do; strict clients must tolerate unknown fields.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} was added`,
  examples: {
    bad: {
      name: 'a new response property is information',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } } }",
    },
    good: {
      name: 'a new request property is judged by the request checks',
      base: 'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } } }',
      revision:
        'requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { name: { type: string }, age: { type: integer } } } } } }',
    },
  },
});

import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'response-property-discriminator-changed',
  event: 'DiscriminatorChanged',
  level: 'breaking',
  description: 'A polymorphic response is told apart by a different property.',
  rationale: 'Clients read the old discriminator to pick a type; deserialisation fails or picks the wrong one.',
  fix: 'Send both discriminator properties during a transition.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} discriminator changed from ${e.from ?? 'none'} to ${e.to ?? 'none'}`,
  examples: {
    bad: {
      name: 'changing the response discriminator breaks clients',
      base: "responses: { '200': { description: ok, content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } } } } } }\nrequestBody: { content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } } } } }",
      revision:
        "responses: { '200': { description: ok, content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: type } } } } } }\nrequestBody: { content: { application/json: { schema: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: type } } } } }",
    },
    good: { name: 'an unchanged discriminator is not reported', base: '', revision: '' },
  },
});

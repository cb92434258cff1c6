import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { petsBothWays } from '../fixture.js';

export default defineCheck({
  id: 'response-property-discriminator-changed',
  event: 'DiscriminatorChanged',
  level: 'breaking',
  description: 'A polymorphic response is told apart by a different property.',
  rationale: 'Clients read the old discriminator to pick a type; deserialisation fails or picks the wrong one.',
  fix: 'Send both discriminator properties during a transition.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} discriminator changed from ${e.from ?? 'none'} to ${e.to ?? 'none'}`,
  fixtures: {
    triggers: { name: 'changing the response discriminator breaks clients', base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } }"), revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: type } }") },
    passes: { name: 'an unchanged discriminator is not reported', base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } }"), revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } }") },
  },
});

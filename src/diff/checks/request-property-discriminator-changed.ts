import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { petsBothWays } from '../fixture.js';

export default defineCheck({
  id: 'request-property-discriminator-changed',
  event: 'DiscriminatorChanged',
  level: 'breaking',
  description: 'A polymorphic request body is told apart by a different property.',
  rationale: 'Clients set the old discriminator property; the server can no longer tell which shape they sent.',
  fix: 'Accept both discriminator properties during a transition.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} discriminator changed from ${e.from ?? 'none'} to ${e.to ?? 'none'}`,
  fixtures: {
    triggers: { name: 'changing the request discriminator breaks clients', base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } }"), revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: type } }") },
    passes: { name: 'an unchanged discriminator is not reported', base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } }"), revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } }") },
  },
});

import type { CheckCases } from './case.js';
import { petsBothWays } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'changing the request discriminator breaks clients',
    base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } }"),
    revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: type } }"),
  },
  passes: {
    name: 'an unchanged discriminator is not reported',
    base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } }"),
    revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } }"),
  },
  more: [
    {
      name: 'a discriminator stated where there was none (request and response)',
      base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] }"),
      revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind } }"),
    },
  ],
} satisfies CheckCases;

import { mirror, type CheckCases } from './case.js';
import { petsBothWays } from '../fixtures/build.js';

const triggers = {
  name: 'a new alternative in a request is information',
  base: petsBothWays("{ $ref: '#/components/schemas/Cat' }"),
  revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] }"),
};

export default { triggers, passes: mirror(triggers, 'removing an alternative is not adding one') } satisfies CheckCases;

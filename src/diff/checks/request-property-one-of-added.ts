import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { petsBothWays } from '../fixture.js';

export default defineCheck({
  id: 'request-property-one-of-added',
  event: 'OneOfBranchAdded',
  level: 'info',
  description: 'A request body (or property) accepts a new oneOf/anyOf alternative.',
  rationale: 'Every valid request stays valid.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} now also accepts ${e.keyword} branch ${e.branch}`,
  fixtures: {
    triggers: { name: 'a new alternative in a request is information', base: petsBothWays("{ $ref: '#/components/schemas/Cat' }"), revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] }") },
    passes: { name: 'removing an alternative is not adding one', base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] }"), revision: petsBothWays("{ $ref: '#/components/schemas/Cat' }") },
  },
});

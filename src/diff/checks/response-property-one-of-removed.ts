import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { petsBothWays } from '../fixture.js';

export default defineCheck({
  id: 'response-property-one-of-removed',
  event: 'OneOfBranchRemoved',
  level: 'info',
  description: 'A response no longer returns one of its oneOf/anyOf alternatives.',
  rationale: 'Clients handle a subset of what they handled.',
  fix: 'Nothing to do.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} no longer returns ${e.keyword} branch ${e.branch}`,
  fixtures: {
    triggers: { name: 'removing an alternative from a response is information', base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] }"), revision: petsBothWays("{ $ref: '#/components/schemas/Cat' }") },
    passes: { name: 'adding an alternative is not removing one', base: petsBothWays("{ $ref: '#/components/schemas/Cat' }"), revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] }") },
  },
});

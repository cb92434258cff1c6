import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { petsBothWays } from '../fixture.js';

export default defineCheck({
  id: 'request-property-one-of-removed',
  event: 'OneOfBranchRemoved',
  level: 'breaking',
  description: 'A request body (or property) no longer accepts one of its oneOf/anyOf alternatives.',
  rationale: 'Clients that send that shape are rejected.',
  fix: 'Keep accepting the old shape and convert it on the server.',
  applies: (e) => e.area === 'request-body',
  message: (e) => `${where(e)} no longer accepts ${e.keyword} branch ${e.branch}`,
  fixtures: {
    triggers: { name: 'removing a oneOf alternative from a request rejects clients that send it', base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] }"), revision: petsBothWays("{ $ref: '#/components/schemas/Cat' }") },
    passes: { name: 'adding an alternative is not removing one', base: petsBothWays("{ $ref: '#/components/schemas/Cat' }"), revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] }") },
  },
});

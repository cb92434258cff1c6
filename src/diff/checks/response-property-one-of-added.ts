import { defineCheck } from '../check.js';
import { where } from '../describe.js';
import { petsBothWays } from '../fixture.js';

export default defineCheck({
  id: 'response-property-one-of-added',
  event: 'OneOfBranchAdded',
  level: 'breaking',
  description: 'A response body (or property) may return a new oneOf/anyOf alternative.',
  rationale: 'Clients handle the alternatives they know; a new shape fails to deserialise or falls through their handling.',
  fix: 'Ship clients that tolerate unknown alternatives first, or return the new shape only to clients that opt in.',
  applies: (e) => e.area === 'response-body',
  message: (e) => `${where(e)} may now return ${e.keyword} branch ${e.branch}`,
  fixtures: {
    triggers: { name: 'a new oneOf alternative in a response breaks clients that handle only the old ones', base: petsBothWays("{ $ref: '#/components/schemas/Cat' }"), revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] }") },
    passes: { name: 'removing an alternative from a response only narrows what clients receive', base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] }"), revision: petsBothWays("{ $ref: '#/components/schemas/Cat' }") },
  },
});

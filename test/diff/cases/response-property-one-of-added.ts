import { mirror, named, type CheckCases } from './case.js';
import { petsBothWays } from '../fixtures/build.js';
import requestPropertyOneOfAdded from './request-property-one-of-added.js';

const triggers = {
  name: 'a new alternative in a response union breaks clients that handle only the old ones',
  base: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: string }] }"),
  revision: petsBothWays("{ oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: string }, { $ref: '#/components/schemas/Dog' }] }"),
};

export default {
  triggers,
  passes: mirror(triggers, 'removing an alternative from a response only narrows what clients receive'),
  more: [
    named(requestPropertyOneOfAdded.triggers, 'X → oneOf [X, Y] in a response: Y is compared with X (property by property), not reported as a bare new branch'),
  ],
} satisfies CheckCases;

import { named, mirror, type CheckCases } from './case.js';
import requestPropertyOneOfAdded from './request-property-one-of-added.js';

export default {
  triggers: named(requestPropertyOneOfAdded.triggers, 'a new oneOf alternative in a response breaks clients that handle only the old ones'),
  passes: mirror(requestPropertyOneOfAdded.triggers, 'removing an alternative from a response only narrows what clients receive'),
} satisfies CheckCases;

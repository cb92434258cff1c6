import { named, mirror, type CheckCases } from './case.js';
import requestPropertyOneOfAdded from './request-property-one-of-added.js';

export default {
  triggers: mirror(requestPropertyOneOfAdded.triggers, 'removing an alternative from a response is information'),
  passes: named(requestPropertyOneOfAdded.triggers, 'adding an alternative is not removing one'),
} satisfies CheckCases;

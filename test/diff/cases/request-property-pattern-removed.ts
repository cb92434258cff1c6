import { named, mirror, type CheckCases } from './case.js';
import requestPropertyPatternAdded from './request-property-pattern-added.js';

export default {
  triggers: mirror(requestPropertyPatternAdded.triggers, 'removing a request property pattern is information'),
  passes: named(requestPropertyPatternAdded.triggers, 'adding one is not a removal'),
} satisfies CheckCases;

import { named, mirror, type CheckCases } from './case.js';
import requestParameterPatternAdded from './request-parameter-pattern-added.js';

export default {
  triggers: mirror(requestParameterPatternAdded.triggers, 'removing a parameter pattern is information'),
  passes: named(requestParameterPatternAdded.triggers, 'adding one is not a removal'),
} satisfies CheckCases;

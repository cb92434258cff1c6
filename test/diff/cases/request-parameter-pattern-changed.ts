import { named, type CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';
import requestParameterPatternAdded from './request-parameter-pattern-added.js';

export default {
  triggers: {
    name: 'changing a parameter pattern is a warning',
    base: inQuery('{ type: string, pattern: "^[a-z]+$" }'),
    revision: inQuery('{ type: string, pattern: "^[a-z0-9]+$" }'),
  },
  passes: named(requestParameterPatternAdded.triggers, 'adding a pattern is reported by its own check'),
} satisfies CheckCases;

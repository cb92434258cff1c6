import { named, mirror, type CheckCases } from './case.js';
import requestParameterMaxDecreased from './request-parameter-max-decreased.js';

export default {
  triggers: mirror(requestParameterMaxDecreased.triggers, 'raising a parameter maximum is information'),
  passes: named(requestParameterMaxDecreased.triggers, 'lowering it is not an increase'),
} satisfies CheckCases;

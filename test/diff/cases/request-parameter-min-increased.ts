import { named, mirror, type CheckCases } from './case.js';
import requestParameterMinDecreased from './request-parameter-min-decreased.js';

export default {
  triggers: mirror(requestParameterMinDecreased.triggers, 'raising a parameter minimum from 0 to 1 rejects zero'),
  passes: named(requestParameterMinDecreased.triggers, 'lowering the minimum accepts everything it did'),
} satisfies CheckCases;

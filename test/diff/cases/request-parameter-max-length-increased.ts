import { named, mirror, type CheckCases } from './case.js';
import requestParameterMaxLengthDecreased from './request-parameter-max-length-decreased.js';

export default {
  triggers: mirror(requestParameterMaxLengthDecreased.triggers, 'raising maxLength of a query parameter is information'),
  passes: named(requestParameterMaxLengthDecreased.triggers, 'lowering it is not an increase'),
} satisfies CheckCases;

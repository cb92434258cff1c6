import { named, mirror, type CheckCases } from './case.js';
import requestParameterTypeChanged from './request-parameter-type-changed.js';

export default {
  triggers: named(requestParameterTypeChanged.passes, 'widening a query parameter from integer to number is reported as information'),
  passes: mirror(requestParameterTypeChanged.passes, 'narrowing a query parameter from number to integer is not a generalisation'),
} satisfies CheckCases;

import { named, mirror, type CheckCases } from './case.js';
import requestPropertyMaxLengthDecreased from './request-property-max-length-decreased.js';

export default {
  triggers: named(requestPropertyMaxLengthDecreased.passes, 'lowering maxLength of a response property is information'),
  passes: mirror(requestPropertyMaxLengthDecreased.passes, 'raising it is not a decrease'),
} satisfies CheckCases;

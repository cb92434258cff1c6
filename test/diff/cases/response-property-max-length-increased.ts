import { mirror, type CheckCases } from './case.js';
import requestPropertyMaxLengthDecreased from './request-property-max-length-decreased.js';

export default {
  triggers: mirror(requestPropertyMaxLengthDecreased.passes, 'raising maxLength of a response property may overflow client storage'),
  passes: mirror(requestPropertyMaxLengthDecreased.triggers, 'raising maxLength of a request property is safe'),
} satisfies CheckCases;

import { mirror, type CheckCases } from './case.js';
import requestPropertyMaxLengthDecreased from './request-property-max-length-decreased.js';

export default {
  triggers: mirror(requestPropertyMaxLengthDecreased.triggers, 'raising maxLength of a request property is information'),
  passes: mirror(requestPropertyMaxLengthDecreased.passes, 'raising it in a response is judged by the response check'),
} satisfies CheckCases;

import { mirror, type CheckCases } from './case.js';
import requestPropertyMaxItemsDecreased from './request-property-max-items-decreased.js';

export default {
  triggers: mirror(requestPropertyMaxItemsDecreased.triggers, 'raising maxItems of a request array is information'),
  passes: mirror(requestPropertyMaxItemsDecreased.passes, 'raising it in a response is judged by the response check'),
} satisfies CheckCases;

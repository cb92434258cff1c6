import { mirror, type CheckCases } from './case.js';
import requestPropertyMaxItemsDecreased from './request-property-max-items-decreased.js';

export default {
  triggers: mirror(requestPropertyMaxItemsDecreased.passes, 'raising maxItems of a response array may surprise clients'),
  passes: mirror(requestPropertyMaxItemsDecreased.triggers, 'raising maxItems of a request array is safe'),
} satisfies CheckCases;

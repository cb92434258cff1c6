import { mirror, type CheckCases } from './case.js';
import requestPropertyMinItemsIncreased from './request-property-min-items-increased.js';

export default {
  triggers: mirror(requestPropertyMinItemsIncreased.passes, 'lowering minItems of a response array may surprise clients'),
  passes: mirror(requestPropertyMinItemsIncreased.triggers, 'lowering minItems of a request array is safe'),
} satisfies CheckCases;

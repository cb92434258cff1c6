import { mirror, type CheckCases } from './case.js';
import requestPropertyUniqueItemsAdded from './request-property-unique-items-added.js';

export default {
  triggers: mirror(requestPropertyUniqueItemsAdded.passes, 'dropping uniqueItems from a response array may surprise clients'),
  passes: mirror(requestPropertyUniqueItemsAdded.triggers, 'dropping uniqueItems from a request array is safe'),
} satisfies CheckCases;

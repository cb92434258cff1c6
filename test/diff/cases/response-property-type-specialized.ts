import { named, mirror, type CheckCases } from './case.js';
import responsePropertyTypeChanged from './response-property-type-changed.js';

export default {
  triggers: named(responsePropertyTypeChanged.passes, 'narrowing a response property from number to integer is information'),
  passes: mirror(responsePropertyTypeChanged.passes, 'widening a response property is not a specialisation'),
} satisfies CheckCases;

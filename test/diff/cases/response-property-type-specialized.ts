import { named, mirror, type CheckCases } from './case.js';
import requestPropertyTypeGeneralized from './request-property-type-generalized.js';
import responsePropertyTypeChanged from './response-property-type-changed.js';

export default {
  triggers: named(responsePropertyTypeChanged.passes, 'narrowing a response property from number to integer is information'),
  passes: mirror(responsePropertyTypeChanged.passes, 'widening a response property is not a specialisation'),
  more: [mirror(requestPropertyTypeGeneralized.more[0], 'OpenAPI 3.1: a property that no longer returns boolean (boolean|integer|string to integer|string)')],
} satisfies CheckCases;

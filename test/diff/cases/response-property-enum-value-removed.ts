import { named, mirror, type CheckCases } from './case.js';
import requestPropertyEnumValueAdded from './request-property-enum-value-added.js';

export default {
  triggers: mirror(requestPropertyEnumValueAdded.passes, 'removing a value from a response enum is information'),
  passes: named(requestPropertyEnumValueAdded.passes, 'adding a value to a response enum is not a removal'),
} satisfies CheckCases;

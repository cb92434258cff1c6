import { named, mirror, type CheckCases } from './case.js';
import requestPropertyEnumAdded from './request-property-enum-added.js';

export default {
  triggers: named(requestPropertyEnumAdded.passes, 'documenting the values of a response property is information'),
  passes: mirror(requestPropertyEnumAdded.passes, 'dropping a response enum is not a restriction'),
} satisfies CheckCases;

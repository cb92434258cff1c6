import { named, mirror, type CheckCases } from './case.js';
import requestPropertyBecameNotNullable from './request-property-became-not-nullable.js';

export default {
  triggers: named(requestPropertyBecameNotNullable.passes, 'a response property that is no longer null is information'),
  passes: mirror(requestPropertyBecameNotNullable.passes, 'becoming nullable is not the reverse'),
} satisfies CheckCases;

import { mirror, type CheckCases } from './case.js';
import requestPropertyBecameNotNullable from './request-property-became-not-nullable.js';

export default {
  triggers: mirror(requestPropertyBecameNotNullable.triggers, 'a request property that accepts null is information'),
  passes: mirror(requestPropertyBecameNotNullable.passes, 'a response property that may be null is judged by the response check'),
} satisfies CheckCases;

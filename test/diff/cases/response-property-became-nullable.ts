import { mirror, type CheckCases } from './case.js';
import requestPropertyBecameNotNullable from './request-property-became-not-nullable.js';

export default {
  triggers: mirror(requestPropertyBecameNotNullable.passes, 'a response property that may become null breaks clients'),
  passes: mirror(requestPropertyBecameNotNullable.triggers, 'a request property that accepts null is safe'),
} satisfies CheckCases;

import { mirror, type CheckCases } from './case.js';
import requestPropertyBecameOptional from './request-property-became-optional.js';

export default {
  triggers: mirror(requestPropertyBecameOptional.passes, 'a response property that becomes required is information'),
  passes: mirror(requestPropertyBecameOptional.triggers, 'a request property that becomes required is judged by the request check'),
} satisfies CheckCases;

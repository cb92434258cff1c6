import { mirror, type CheckCases } from './case.js';
import requestPropertyBecameOptional from './request-property-became-optional.js';

export default {
  triggers: mirror(requestPropertyBecameOptional.triggers, 'making a request property required rejects clients that omit it'),
  passes: mirror(requestPropertyBecameOptional.passes, 'making a response property required only promises more'),
} satisfies CheckCases;

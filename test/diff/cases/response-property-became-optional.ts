import { named, type CheckCases } from './case.js';
import requestPropertyBecameOptional from './request-property-became-optional.js';

export default {
  triggers: named(requestPropertyBecameOptional.passes, 'a response property that may now be missing breaks clients that read it'),
  passes: named(requestPropertyBecameOptional.triggers, 'a request property that becomes optional is safe'),
} satisfies CheckCases;

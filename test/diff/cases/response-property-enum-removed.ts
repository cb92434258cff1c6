import { mirror, type CheckCases } from './case.js';
import requestPropertyEnumAdded from './request-property-enum-added.js';

export default {
  triggers: mirror(requestPropertyEnumAdded.passes, 'lifting a response enum breaks clients that map it to an enum type'),
  passes: mirror(requestPropertyEnumAdded.triggers, 'lifting a request enum only accepts more'),
} satisfies CheckCases;

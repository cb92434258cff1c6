import { mirror, type CheckCases } from './case.js';
import requestPropertyEnumAdded from './request-property-enum-added.js';

export default {
  triggers: mirror(requestPropertyEnumAdded.triggers, 'lifting a request enum is information'),
  passes: mirror(requestPropertyEnumAdded.passes, 'lifting a response enum is judged by the response check'),
} satisfies CheckCases;

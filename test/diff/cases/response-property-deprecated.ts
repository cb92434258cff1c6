import { named, type CheckCases } from './case.js';
import requestPropertyDeprecated from './request-property-deprecated.js';

export default {
  triggers: named(requestPropertyDeprecated.passes, 'deprecating a response property is information'),
  passes: named(requestPropertyDeprecated.triggers, 'deprecating a request property is reported by the request check'),
} satisfies CheckCases;

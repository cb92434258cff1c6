import { named, mirror, type CheckCases } from './case.js';
import requestOptionalPropertyAdded from './request-optional-property-added.js';
import requestPropertyRemoved from './request-property-removed.js';

export default {
  triggers: mirror(requestPropertyRemoved.passes, 'a new response property is information'),
  passes: named(requestOptionalPropertyAdded.triggers, 'a new request property is judged by the request checks'),
} satisfies CheckCases;

import { named, type CheckCases } from './case.js';
import requestOptionalPropertyAdded from './request-optional-property-added.js';

export default {
  triggers: named(requestOptionalPropertyAdded.passes, 'a new required request property rejects every existing request'),
  passes: named(requestOptionalPropertyAdded.triggers, 'a new optional request property breaks nobody'),
} satisfies CheckCases;

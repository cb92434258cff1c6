import { named, mirror, type CheckCases } from './case.js';
import requestBodyRemoved from './request-body-removed.js';
import requestOptionalBodyAdded from './request-optional-body-added.js';

export default {
  triggers: named(requestOptionalBodyAdded.passes, 'a new required request body breaks existing calls'),
  passes: mirror(requestBodyRemoved.triggers, 'a new optional request body breaks nobody'),
} satisfies CheckCases;

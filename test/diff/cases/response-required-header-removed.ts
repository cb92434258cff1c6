import { named, mirror, type CheckCases } from './case.js';
import responseHeaderAdded from './response-header-added.js';
import responseOptionalHeaderRemoved from './response-optional-header-removed.js';

export default {
  triggers: named(responseOptionalHeaderRemoved.passes, 'removing a required response header breaks clients that read it'),
  passes: mirror(responseHeaderAdded.triggers, 'removing an optional header is reported by its own check'),
} satisfies CheckCases;

import { named, type CheckCases } from './case.js';
import responseNonSuccessStatusAdded from './response-non-success-status-added.js';

export default {
  triggers: named(responseNonSuccessStatusAdded.passes, 'a new 202 beside 200 surprises clients that check for 200'),
  passes: named(responseNonSuccessStatusAdded.triggers, 'a new error status is reported by its own check'),
} satisfies CheckCases;

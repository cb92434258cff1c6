import type { DesignRule } from '../core/design-rule.js';
import authorizationModelIncompleteRule from './rules/authorization-model-incomplete.js';
import batchJobPeakSharedStoreRule from './rules/batch-job-peak-shared-store.js';
import recoveryRpoBackupIntervalRule from './rules/recovery-rpo-backup-interval.js';
import singleZoneAvailabilityRule from './rules/single-zone-availability.js';
import systemEndToEndAvailabilityRule from './rules/system-end-to-end-availability.js';
import systemPromiseMismatchRule from './rules/system-promise-mismatch.js';
import systemTimeoutBelowP99Rule from './rules/system-timeout-below-p99.js';

export { endToEnd, entryPoints } from './end-to-end.js';

/**
 * Cross-service checks (what callers assume against what callees promise), and the checks of what
 * design file v1 added for whole systems: disaster recovery, batch jobs, the authorization model. Sorted by id.
 */
export const systemRules: readonly DesignRule[] = [
  authorizationModelIncompleteRule,
  batchJobPeakSharedStoreRule,
  recoveryRpoBackupIntervalRule,
  singleZoneAvailabilityRule,
  systemEndToEndAvailabilityRule,
  systemPromiseMismatchRule,
  systemTimeoutBelowP99Rule,
];

import type { DesignRule } from '../../core/design-rule.js';
import apiStabilityMissing from './api-stability-missing.js';
import dataFreshnessMissing from './data-freshness-missing.js';
import dataOwnerMismatch from './data-owner-mismatch.js';
import dataOwnerMissing from './data-owner-missing.js';
import dataStoreMissing from './data-store-missing.js';
import dependencyTimeoutMissing from './dependency-timeout-missing.js';
import doneNotObservable from './done-not-observable.js';
import migrationIrreversibleWithoutRollback from './migration-irreversible-without-rollback.js';
import nfrAvailabilityMissing from './nfr-availability-missing.js';
import nfrLatencyMissing from './nfr-latency-missing.js';
import nfrThroughputMissing from './nfr-throughput-missing.js';
import rateLimit429Undeclared from './rate-limit-429-undeclared.js';
import rolloutRollbackMissing from './rollout-rollback-missing.js';
import tenantIdClientSupplied from './tenant-id-client-supplied.js';

/** The design rules of archway.yaml (two also read the contracts it names), sorted by id. */
export const reviewRules: readonly DesignRule[] = [
  apiStabilityMissing,
  dataFreshnessMissing,
  dataOwnerMismatch,
  dataOwnerMissing,
  dataStoreMissing,
  dependencyTimeoutMissing,
  doneNotObservable,
  migrationIrreversibleWithoutRollback,
  nfrAvailabilityMissing,
  nfrLatencyMissing,
  nfrThroughputMissing,
  rateLimit429Undeclared,
  rolloutRollbackMissing,
  tenantIdClientSupplied,
];

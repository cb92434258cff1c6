import type { DesignRule } from '../core/design-rule.js';
import backoffWithoutJitterRule from './rules/backoff-without-jitter.js';
import circuitBreakerMissingRule from './rules/circuit-breaker-missing.js';
import compositeAvailabilityRule from './rules/composite-availability.js';
import criticalWithFallbackRule from './rules/critical-with-fallback.js';
import dedupMissingRule from './rules/dedup-missing.js';
import dependencyP99OverBudgetRule from './rules/dependency-p99-over-budget.js';
import dlqMissingRule from './rules/dlq-missing.js';
import dualWriteRule from './rules/dual-write.js';
import latencyBudgetRule from './rules/latency-budget.js';
import queueCapacityRule from './rules/queue-capacity.js';
import retryAmplificationRule from './rules/retry-amplification.js';
import retryNonIdempotentRule from './rules/retry-non-idempotent.js';
import sharedDataOwnershipRule from './rules/shared-data-ownership.js';
import syncCallCycleRule from './rules/sync-call-cycle.js';
import timeoutBelowP99Rule from './rules/timeout-below-p99.js';
import timeoutBudgetRule from './rules/timeout-budget.js';
import unboundedFanOutRule from './rules/unbounded-fan-out.js';

export { renderFailureModes } from './render.js';
export { compositeAvailability } from './figures.js';

/** The resilience analysers, sorted by id. */
export const resilienceRules: readonly DesignRule[] = [
  backoffWithoutJitterRule,
  circuitBreakerMissingRule,
  compositeAvailabilityRule,
  criticalWithFallbackRule,
  dedupMissingRule,
  dependencyP99OverBudgetRule,
  dlqMissingRule,
  dualWriteRule,
  latencyBudgetRule,
  queueCapacityRule,
  retryAmplificationRule,
  retryNonIdempotentRule,
  sharedDataOwnershipRule,
  syncCallCycleRule,
  timeoutBelowP99Rule,
  timeoutBudgetRule,
  unboundedFanOutRule,
];

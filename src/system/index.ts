import type { DesignRule } from '../core/design-rule.js';
import systemEndToEndAvailabilityRule from './rules/system-end-to-end-availability.js';
import systemNfrSloDisagreeRule from './rules/system-nfr-slo-disagree.js';
import systemPromiseMismatchRule from './rules/system-promise-mismatch.js';
import systemTimeoutBelowP99Rule from './rules/system-timeout-below-p99.js';

export { endToEnd, entryPoints } from './end-to-end.js';

/** Cross-service checks: what callers assume against what callees promise, sorted by id. */
export const systemRules: readonly DesignRule[] = [systemEndToEndAvailabilityRule, systemNfrSloDisagreeRule, systemPromiseMismatchRule, systemTimeoutBelowP99Rule];

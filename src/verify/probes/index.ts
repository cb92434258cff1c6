import type { Probe } from '../types.js';
import verifyAuthEnforced from './verify-auth-enforced.js';
import verifyContentType from './verify-content-type.js';
import verifyCorrelationEcho from './verify-correlation-echo.js';
import verifyCreatedLocation from './verify-created-location.js';
import verifyDeprecationHeaders from './verify-deprecation-headers.js';
import verifyErrorShape from './verify-error-shape.js';
import verifyIdempotentReplay from './verify-idempotent-replay.js';
import verifyNoInternalLeak from './verify-no-internal-leak.js';
import verifyNotServerError from './verify-not-server-error.js';
import verifyPageSizeBounded from './verify-page-size-bounded.js';
import verifyPaginationWalk from './verify-pagination-walk.js';
import verifyRateLimit from './verify-rate-limit.js';
import verifyResponseHeaders from './verify-response-headers.js';
import verifyResponseSchema from './verify-response-schema.js';

/**
 * Every probe, in the order they run: reads first, then creates (whose items the auth probe may
 * try to delete without credentials), provoked errors, and the rate-limit burst last, since a
 * 429 would spoil whatever came after it.
 */
export const PROBES: readonly Probe[] = [
  verifyNotServerError,
  verifyResponseSchema,
  verifyContentType,
  verifyResponseHeaders,
  verifyCorrelationEcho,
  verifyDeprecationHeaders,
  verifyNoInternalLeak,
  verifyPageSizeBounded,
  verifyPaginationWalk,
  verifyCreatedLocation,
  verifyIdempotentReplay,
  verifyAuthEnforced,
  verifyErrorShape,
  verifyRateLimit,
];

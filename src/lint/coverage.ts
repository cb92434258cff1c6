import type { OperationInfo } from '../contracts/walk.js';
import { hasStatus } from './helpers.js';

/** Errors any operation can meet (credentials, throttling, failure), unlike the ones its meaning brings (404, 409). */
const GENERIC = ['401', '403', '429', '500', '503'];

/**
 * The operation declares `code`, or documents its errors through `default` alone: then `default`
 * stands for every error status (Stripe's style). Once it lists generic errors one by one, a
 * missing one is a gap again.
 */
export function coversStatus(op: OperationInfo, code: string): boolean {
  return hasStatus(op, code) || (op.responses.has('default') && !GENERIC.some((c) => op.responses.has(c)));
}

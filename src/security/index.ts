import type { DesignRule } from '../review/rule.js';
import authenticationUndeclaredRule from './rules/authentication-undeclared.js';
import corsPermissiveRule from './rules/cors-permissive.js';
import operationAuthorizationMissingRule from './rules/operation-authorization-missing.js';
import piiEncryptionMissingRule from './rules/pii-encryption-missing.js';
import privacyDeletionMissingRule from './rules/privacy-deletion-missing.js';
import rateLimitMissingRule from './rules/rate-limit-missing.js';
import secretsInLogsRule from './rules/secrets-in-logs.js';
import tenantScopingMissingRule from './rules/tenant-scoping-missing.js';

export { securityNegativeTests } from './negative-tests.js';

/** Design-level security checks, sorted by id. */
export const securityRules: readonly DesignRule[] = [
  authenticationUndeclaredRule,
  corsPermissiveRule,
  operationAuthorizationMissingRule,
  piiEncryptionMissingRule,
  privacyDeletionMissingRule,
  rateLimitMissingRule,
  secretsInLogsRule,
  tenantScopingMissingRule,
];

import type { DesignRule } from '../core/design-rule.js';
import authenticationUndeclaredRule from './rules/authentication-undeclared.js';
import corsPermissiveRule from './rules/cors-permissive.js';
import oauthGrantDeprecatedRule from './rules/oauth-grant-deprecated.js';
import piiEncryptionMissingRule from './rules/pii-encryption-missing.js';
import privacyDeletionMissingRule from './rules/privacy-deletion-missing.js';
import rateLimitMissingRule from './rules/rate-limit-missing.js';
import secretsInLogsRule from './rules/secrets-in-logs.js';
import tenantScopingMissingRule from './rules/tenant-scoping-missing.js';

export { securityNegativeTests } from './negative-tests.js';

/**
 * Design-level security checks, sorted by id. Per-operation authorization (a security
 * requirement, 401 and 403 on every operation) is checked on the contracts themselves by the
 * lint rules `operation-security-defined`, `secured-401` and `scoped-403`, which the review runs.
 */
export const securityRules: DesignRule[] = [
  authenticationUndeclaredRule,
  corsPermissiveRule,
  oauthGrantDeprecatedRule,
  piiEncryptionMissingRule,
  privacyDeletionMissingRule,
  rateLimitMissingRule,
  secretsInLogsRule,
  tenantScopingMissingRule,
];

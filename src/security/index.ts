export { securityNegativeTests } from './negative-tests.js';
// Per-operation authorization (a security requirement, 401 and 403 on every operation) is checked on
// the contracts themselves by the lint rules `operation-security-defined`, `secured-401` and `scoped-403`.
export { securityRules } from './rules/index.js';

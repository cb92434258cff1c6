import { named, mirror, type CheckCases } from './case.js';
import apiSecurityScopeAdded from './api-security-scope-added.js';

export default {
  triggers: mirror(apiSecurityScopeAdded.triggers, 'dropping a required scope is information'),
  passes: named(apiSecurityScopeAdded.triggers, 'adding one is not dropping one'),
} satisfies CheckCases;

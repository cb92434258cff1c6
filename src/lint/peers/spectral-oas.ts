import type { PeerRuleset } from './types.js';

/** `spectral:oas`, rule by rule (read from @stoplight/spectral-rulesets). */
export const SPECTRAL_OAS: PeerRuleset = {
  id: 'spectral:oas',
  rules: [
    { name: 'info-contact', recommended: true, severity: 'warn', archway: ['info-contact'] },
    { name: 'operation-operationId-unique', recommended: true, severity: 'error', archway: ['operation-id-unique'] },
    { name: 'operation-success-response', recommended: true, severity: 'warn', archway: ['operation-success-response'] },
    { name: 'typed-enum', recommended: true, severity: 'warn', archway: ['enum-type-match'] },
  ],
};

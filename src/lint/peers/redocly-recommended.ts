import type { PeerRuleset } from './types.js';

/** Redocly's `recommended` config, rule by rule (read from @redocly/openapi-core). */
export const REDOCLY_RECOMMENDED: PeerRuleset = {
  id: 'redocly:recommended',
  rules: [
    { name: 'operation-operationId-unique', recommended: true, severity: 'error', archway: ['operation-id-unique'] },
    { name: 'path-parameters-defined', recommended: true, severity: 'error', archway: ['path-parameters-defined'] },
  ],
};

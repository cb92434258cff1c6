import type { PeerRuleset } from './types.js';

/** `spectral:asyncapi`, rule by rule (read from @stoplight/spectral-rulesets). */
export const SPECTRAL_ASYNCAPI: PeerRuleset = {
  id: 'spectral:asyncapi',
  rules: [
    { name: 'asyncapi-channel-parameters', recommended: true, severity: 'error', archway: ['event-channel-parameters'] },
    { name: 'asyncapi-message-examples', recommended: true, severity: 'error', archway: ['event-message-examples-valid'] },
  ],
};

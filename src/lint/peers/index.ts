import { REDOCLY_RECOMMENDED } from './redocly-recommended.js';
import { SPECTRAL_ASYNCAPI } from './spectral-asyncapi.js';
import { SPECTRAL_OAS } from './spectral-oas.js';
import type { PeerRuleset, PeerRulesetId } from './types.js';

export type { PeerRule, PeerRuleset, PeerRulesetId } from './types.js';

/** The peers' built-in rulesets that `extends:` can name, each mapped onto archway rules. */
export const PEER_RULESETS: Readonly<Record<PeerRulesetId, PeerRuleset>> = {
  'spectral:oas': SPECTRAL_OAS,
  'spectral:asyncapi': SPECTRAL_ASYNCAPI,
  'redocly:recommended': REDOCLY_RECOMMENDED,
};

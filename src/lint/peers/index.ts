import { REDOCLY_ASYNCAPI } from './redocly-asyncapi.js';
import { REDOCLY_RECOMMENDED } from './redocly-recommended.js';
import { SPECTRAL_ASYNCAPI } from './spectral-asyncapi.js';
import { SPECTRAL_OAS } from './spectral-oas.js';
import type { PeerRule, PeerRuleset, PeerRulesetId } from './types.js';

export type { PeerRule, PeerRuleset, PeerRulesetId } from './types.js';

/**
 * Redocly names one rule for OpenAPI and AsyncAPI alike (`info-contact`), so a config's rule name
 * selects the archway equivalents of both: the rows of the two tables joined by name.
 */
function joinByName(ruleset: PeerRuleset, more: readonly PeerRule[]): PeerRuleset {
  const rows = new Map(ruleset.rules.map((rule) => [rule.name, rule]));
  for (const rule of more) {
    const known = rows.get(rule.name);
    if (known === undefined) {
      rows.set(rule.name, rule);
      continue;
    }
    const note = [...new Set([known.note, rule.note])].filter((n) => n !== undefined).join('; ');
    rows.set(rule.name, { ...known, archway: [...new Set([...known.archway, ...rule.archway])], ...(note ? { note } : {}) });
  }
  return { id: ruleset.id, rules: [...rows.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}

/** The peers' built-in rulesets that `extends:` can name, each mapped onto archway rules. */
export const PEER_RULESETS: Readonly<Record<PeerRulesetId, PeerRuleset>> = {
  'spectral:oas': SPECTRAL_OAS,
  'spectral:asyncapi': SPECTRAL_ASYNCAPI,
  'redocly:recommended': joinByName(REDOCLY_RECOMMENDED, REDOCLY_ASYNCAPI),
};

/** A peer tool's built-in rule and the archway rules that implement it. */
export interface PeerRule {
  /** The peer's rule name, as users write it in their ruleset or config (`operation-tag-defined`). */
  name: string;
  /** On in the peer's default mode (`recommended` for Spectral, the `recommended` config for Redocly). */
  recommended: boolean;
  /** The peer's default severity. */
  severity: 'error' | 'warn' | 'info' | 'hint';
  /** The archway rule ids that implement it; empty only while a rule has no equivalent yet. */
  archway: readonly string[];
  /** How archway's rule is stricter or differs, when it does. */
  note?: string;
}

export type PeerRulesetId = 'spectral:oas' | 'spectral:asyncapi' | 'redocly:recommended';

export interface PeerRuleset {
  id: PeerRulesetId;
  rules: readonly PeerRule[];
}

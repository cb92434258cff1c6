/** A peer tool's built-in rule and the archway rules that implement it. */
export interface PeerRule {
  /** The peer's rule name, as users write it in their ruleset or config (`operation-tag-defined`). */
  name: string;
  /** On in the peer's default mode (`recommended` for Spectral, the `recommended` config for Redocly). */
  recommended: boolean;
  /** The peer's default severity. */
  severity: 'error' | 'warn' | 'info' | 'hint';
  /** The archway rule ids that implement it; empty when archway has none (the note says why: n/a, or not built in). */
  archway: readonly string[];
  /** How archway's rule is stricter or differs, when it does. */
  note?: string;
}

export type PeerRulesetId = 'spectral:oas' | 'spectral:asyncapi' | 'redocly:recommended';

export interface PeerRuleset {
  id: PeerRulesetId;
  rules: readonly PeerRule[];
}

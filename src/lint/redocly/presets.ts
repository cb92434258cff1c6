/**
 * Redocly's built-in configs as archway severities. `recommended` and `all` come from the peer
 * tables (src/lint/peers/redocly-*.ts, joined by rule name); `minimal` is not in it, so its OpenAPI 3.1 rules
 * are listed here as @redocly/openapi-core 2.x declares them (every rule not named is off).
 */
import { PEER_RULESETS } from '../peers/index.js';
import type { SeverityOverride } from '../rule.js';

const MINIMAL: Record<string, 'error' | 'warn'> = {
  'no-ambiguous-paths': 'warn',
  'no-empty-servers': 'warn',
  'no-enum-type-mismatch': 'warn',
  'no-example-value-and-externalValue': 'warn',
  'no-identical-paths': 'warn',
  'no-invalid-media-type-examples': 'warn',
  'no-path-trailing-slash': 'warn',
  'no-required-schema-properties-undefined': 'warn',
  'no-schema-type-mismatch': 'warn',
  'no-server-example.com': 'warn',
  'no-server-trailing-slash': 'error',
  'no-server-variables-empty-enum': 'error',
  'no-undefined-server-variable': 'warn',
  'no-unused-components': 'warn',
  'operation-2xx-response': 'warn',
  'operation-operationId': 'warn',
  'operation-operationId-unique': 'warn',
  'operation-operationId-url-safe': 'warn',
  'operation-parameters-unique': 'warn',
  'operation-summary': 'warn',
  'path-declaration-must-exist': 'warn',
  'path-not-include-query': 'warn',
  'path-parameters-defined': 'warn',
  'security-defined': 'warn',
  'spec-components-invalid-map-name': 'warn',
  'tag-description': 'warn',
};

export const REDOCLY_PRESETS = ['recommended', 'recommended-strict', 'minimal', 'all'] as const;
export type RedoclyPreset = (typeof REDOCLY_PRESETS)[number];

/** The Redocly rule names a preset turns on, with their severities. */
export function presetRules(preset: RedoclyPreset): Map<string, SeverityOverride> {
  if (preset === 'minimal') return new Map(Object.entries(MINIMAL));
  const rules = PEER_RULESETS['redocly:recommended'].rules.filter((r) => preset === 'all' || r.recommended);
  return new Map(rules.map((r) => [r.name, preset === 'recommended' ? r.severity : 'error']));
}

/** The archway rules that implement a Redocly rule: undefined for a name Redocly does not have. */
export function archwayEquivalents(name: string): readonly string[] | undefined {
  return PEER_RULESETS['redocly:recommended'].rules.find((r) => r.name === name)?.archway ?? (name in MINIMAL ? [] : undefined);
}

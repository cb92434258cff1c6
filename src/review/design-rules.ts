import type { DesignRule, StageId } from '../core/design-rule.js';
import { operabilityRules } from '../operability/index.js';
import { resilienceRules } from '../resilience/index.js';
import { securityRules } from '../security/index.js';
import { systemRules } from '../system/index.js';
import { reviewRules } from './rules/index.js';

/** Each engine's design rules and the folder they live in (rule id = file name there). */
export const DESIGN_RULE_SETS: ReadonlyArray<{ engine: string; dir: string; rules: readonly DesignRule[] }> = [
  { engine: 'review', dir: 'src/review/rules', rules: reviewRules },
  { engine: 'resilience', dir: 'src/resilience/rules', rules: resilienceRules },
  { engine: 'operability', dir: 'src/operability/rules', rules: operabilityRules },
  { engine: 'security', dir: 'src/security/rules', rules: securityRules },
  { engine: 'system', dir: 'src/system/rules', rules: systemRules },
];

export const ALL_DESIGN_RULES: readonly DesignRule[] = DESIGN_RULE_SETS.flatMap((set) => set.rules);

export function rulesOfStage(stage: StageId): DesignRule[] {
  return ALL_DESIGN_RULES.filter((rule) => rule.stage === stage);
}

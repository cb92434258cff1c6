import { addTo } from '../core/collections.js';
import type { Finding } from '../core/diagnostic.js';
import type { Risk } from '../decide/index.js';
import type { Design } from '../model/types.js';
import type { DesignRule } from '../core/design-rule.js';
import { securityNegativeTests } from '../security/index.js';
import { blocks, bullets } from './markdown.js';

export interface VerificationPlan {
  tests: string[];
  observability: string[];
  rolloutGates: string[];
}

/**
 * The checks that prove the design works and each finding is fixed: every rule that fired
 * contributes its `verify` step once, naming the places it fired.
 */
export function buildVerificationPlan(
  design: Design,
  findings: readonly Finding[],
  rules: ReadonlyMap<string, DesignRule>,
  risks: readonly Risk[] = [],
): VerificationPlan {
  const tests: string[] = [];
  const observability: string[] = [];
  const rolloutGates: string[] = [];
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) addTo(byRule, finding.ruleId, finding);
  for (const [ruleId, list] of [...byRule.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rule = rules.get(ruleId);
    if (!rule || (list[0].severity !== 'error' && list[0].severity !== 'warn')) continue;
    const where = list.map((f) => `${f.location.file}:${f.location.line}`).join(', ');
    const step = `${rule.verify} _(fixes \`${ruleId}\` at ${where})_`;
    (rule.stage === 'rollout' ? rolloutGates : rule.stage === 'constraints' ? observability : tests).push(step);
  }
  for (const dependency of design.dependencies.filter((d) => d.critical && d.direction !== 'inbound')) {
    const guard = dependency.fallback
      ? `the fallback (${dependency.fallback}) serves`
      : dependency.circuitBreaker
        ? 'the breaker opens and requests fail fast'
        : 'the service fails fast';
    tests.push(
      `Chaos test on \`${dependency.name}\`: make it hang past its ${dependency.timeout?.text ?? 'missing'} timeout, return a burst of errors, and answer slowly at its p99${dependency.latency?.p99 ? ` (${dependency.latency.p99.text})` : ''}; ${guard}, and SLOs hold.`,
    );
  }
  tests.push(...securityNegativeTests(design));
  // Each decision's risk is mitigated by its pattern's safeguard; this is the test that proves it.
  // A live call to a dependency that already has its chaos test above needs no second one.
  const chaos = new Set(design.dependencies.filter((d) => d.critical && d.direction !== 'inbound').map((d) => d.name));
  for (const risk of risks) {
    if (risk.source.kind !== 'decision') continue;
    if (/^For `([^`]+)`: chaos test: the callee/.test(risk.verification) && chaos.has(risk.verification.split('`')[1])) continue;
    tests.push(`${risk.verification} _(verifies \`${risk.id}\`)_`);
  }
  if (design.slos.length > 0) {
    tests.push(
      '`promtool check rules` and `promtool test rules` pass on `alerts/`: a fast burn pages, a slow burn tickets without paging, a healthy service fires nothing.',
    );
  }
  for (const criterion of design.done) observability.push(`Done criterion holds in staging: “${criterion.text}”.`);
  for (const slo of design.slos) {
    observability.push(
      `SLO \`${slo.name}\` (${slo.objective.text} over ${slo.window.text}) has its burn-rate alerts loaded and a synthetic failure in staging fires its page.`,
    );
  }
  const rollout = design.rollout;
  if (rollout?.steps.length) {
    const gate =
      design.slos.length > 0 ? 'while every SLO’s fast-burn alert is silent and p99 stays within target' : 'while errors and p99 stay within the targets';
    rolloutGates.push(
      `Advance through ${rollout.steps.map((s) => s.text).join(' → ')} only ${gate}${rollout.bake ? `, holding each step ${rollout.bake.text}` : ''}.`,
    );
  }
  // "When a gate fails" only when a gate exists: steps gated above, or a stated trigger.
  const trigger = rollout?.rollback?.trigger ?? (rollout?.steps.length ? 'a gate above fails' : undefined);
  if (rollout?.rollback && trigger) rolloutGates.push(`Roll back${rollout.rollback.automatic ? ' automatically' : ''} when ${trigger}.`);
  else if (rollout?.rollback?.steps.length)
    rolloutGates.push(`Rehearse the rollback steps in staging before the release (${rollout.rollback.steps.length} steps, no automatic trigger).`);
  return { tests: once(tests), observability: once(observability), rolloutGates: once(rolloutGates) };
}

/** Each check once: a line repeated word for word keeps its first place and gathers every annotation. */
function once(lines: readonly string[]): string[] {
  const byText = new Map<string, string[]>();
  for (const line of lines) {
    const [, text, note] = /^(.*?)(?: _\((.*)\)_)?$/.exec(line)!;
    const notes = byText.get(text) ?? [];
    if (note) notes.push(note);
    byText.set(text, notes);
  }
  return [...byText].map(([text, notes]) => (notes.length ? `${text} _(${notes.join('; ')})_` : text));
}

export function renderVerificationPlan(plan: VerificationPlan): string {
  return blocks(
    plan.tests.length > 0 && `**Tests**\n\n${bullets(plan.tests)}`,
    plan.observability.length > 0 && `**Observability**\n\n${bullets(plan.observability)}`,
    plan.rolloutGates.length > 0 && `**Rollout gates**\n\n${bullets(plan.rolloutGates)}`,
  );
}

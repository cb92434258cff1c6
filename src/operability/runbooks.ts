import type { Dependency, Design } from '../model/types.js';
import { formatMs, formatPercent } from '../model/units.js';
import { bullets } from '../report/markdown.js';
import { callCost } from '../resilience/figures.js';
import { burnFactor, threshold } from './burn-rates.js';
import { alertSpecs, type AlertSpec } from './alerts.js';
import { clientMetric } from './metrics.js';
import { signalAlerts } from './signals.js';

/** `runbooks/<alert>.md`: meaning, impact, where to look, first checks drawn from the design, mitigations, escalation. */
export function runbooks(design: Design): Map<string, string> {
  const signals = signalAlerts(design).map((s): [string, string] => [
    s.runbook,
    `# ${s.name}\n\n${s.description}\n\n## First checks\n\n${bullets(s.checks)}\n${design.operability?.escalation ? `\n## Escalation\n\n${design.operability.escalation}\n` : ''}`,
  ]);
  return new Map([...alertSpecs(design).map((spec): [string, string] => [spec.runbook, runbook(design, spec)]), ...signals]);
}

/** What the design says guards a call, and what to look at first for it. */
function dependencyCheck(dependency: Dependency): string {
  const retries = dependency.retries?.max ? `${dependency.retries.max} ${dependency.retries.max === 1 ? 'retry' : 'retries'}` : undefined;
  const guard = [
    dependency.timeout && `timeout ${dependency.timeout.text}`,
    retries,
    dependency.circuitBreaker && 'circuit breaker',
    dependency.fallback && `fallback: ${dependency.fallback}`,
  ]
    .filter(Boolean)
    .join(', ');
  const look =
    dependency.mode === 'async'
      ? 'are publishes failing or slow (broker reachable, topic or queue full)?'
      : dependency.circuitBreaker
        ? 'is its breaker open?'
        : `no breaker, so every request still waits for it ${worstCase(dependency)}: are requests queueing behind it?`;
  return `\`${dependency.name}\` (${dependency.kind ?? 'dependency'}${dependency.critical ? ', critical' : ''}${guard ? `; ${guard}` : ''}): its latency and error panels (\`${clientMetric(dependency).metric}\`); ${look}`;
}

/** How long one request can wait on the call, with the arithmetic (attempts × timeout + backoff). */
function worstCase(dependency: Dependency): string {
  const cost = callCost(dependency);
  if (cost.worstCaseMs === undefined) return 'with no timeout at all';
  if (cost.timeoutMs === undefined) return `up to its ${formatMs(cost.worstCaseMs)} deadline (no timeout)`;
  return `up to ${cost.formula.slice(dependency.name.length + 2)}`;
}

function runbook(design: Design, spec: AlertSpec): string {
  const { slo } = spec;
  const windows = spec.windows.map((w) => {
    const factor = burnFactor(w, slo);
    return `${factor}× the sustainable rate over ${w.longWindow}, confirmed over ${w.shortWindow} (bad ratio above ${formatPercent(threshold(w, slo) * 100)}); at that rate the ${slo.window.text} budget is gone in ${formatMs(slo.window.ms / factor)}`;
  });
  const sli = slo.sli.kind === 'availability' ? `requests answered with ${slo.sli.errorStatuses ?? '5xx'}` : `requests slower than ${slo.sli.threshold?.text}`;
  const useCases = design.domain.useCases.length ? ` (${design.domain.useCases.join(', ')})` : '';
  const rollout = design.rollout;
  const mitigations = [
    rollout &&
      `If a release is in progress (${rollout.strategy ?? 'rollout'}${rollout.steps.length ? ` ${rollout.steps.map((s) => s.text).join(' → ')}` : ''}), roll it back first${rollout.rollback?.steps.length ? `: ${rollout.rollback.steps.join('; ')}` : ''}.`,
    rollout?.flags.length && `Turn off the feature flags of the current rollout: ${rollout.flags.map((f) => `\`${f}\``).join(', ')}.`,
    ...design.dependencies.filter((d) => d.fallback).map((d) => `If \`${d.name}\` is failing, confirm its fallback (${d.fallback}) is serving.`),
    'If load is the cause, scale out and check rate limits before anything else.',
  ].filter((x): x is string => typeof x === 'string');
  const dashboard = design.operability?.dashboardBaseUrl
    ? `${design.operability.dashboardBaseUrl.replace(/\/$/, '')}/${design.service.name}`
    : `dashboards/${design.service.name}.json`;
  return [
    `# ${spec.name}`,
    '',
    `**Severity: ${spec.severity}.** ${design.service.name} is spending its \`${slo.name}\` error budget (${formatPercent(slo.objective.percent)} of requests good over ${slo.window.text}) ${spec.windows[0].severity === 'page' ? 'fast enough to exhaust it within days' : 'faster than it is earned: left alone, the SLO is missed before the window ends'}.`,
    '',
    '## What fired',
    '',
    `The share of bad events (${sli}) exceeds:`,
    '',
    bullets(windows),
    '',
    '## User impact',
    '',
    slo.sli.kind === 'availability'
      ? `Users see errors on ${design.service.name}${useCases}.`
      : `Users wait longer than ${slo.sli.threshold?.text} on ${design.service.name}${useCases}.`,
    '',
    '## Where to look',
    '',
    `The \`${design.service.name} — service health\` dashboard (${dashboard}): golden signals, then the error budget and burn-rate panels of \`${slo.name}\`, then the dependency panels.`,
    '',
    '## First checks',
    '',
    bullets([
      'Did a deploy, config change or flag flip happen in the last hour?',
      ...design.dependencies.filter((d) => d.direction !== 'inbound').map(dependencyCheck),
    ]),
    '',
    '## Mitigations',
    '',
    bullets(mitigations),
    '',
    '## Escalation',
    '',
    design.operability?.escalation ?? `The owning team${design.service.owner ? `, ${design.service.owner}` : ''}.`,
    '',
  ].join('\n');
}

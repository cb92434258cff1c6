import type { Design } from '../model/types.js';
import { formatPercent } from '../model/units.js';
import { bullets } from '../report/markdown.js';
import { burnFactor, threshold } from './burn-rates.js';
import { alertSpecs, type AlertSpec } from './alerts.js';

/** `runbooks/<alert>.md`: meaning, impact, where to look, first checks drawn from the design, mitigations, escalation. */
export function runbooks(design: Design): Map<string, string> {
  return new Map(alertSpecs(design).map((spec) => [spec.runbook, runbook(design, spec)]));
}

function runbook(design: Design, spec: AlertSpec): string {
  const { slo } = spec;
  const windows = spec.windows.map((w) => `${burnFactor(w, slo)}× the sustainable rate over ${w.longWindow} (confirmed over ${w.shortWindow}; bad ratio above ${formatPercent(threshold(w, slo) * 100)})`);
  const sli = slo.sli.kind === 'availability' ? `requests answered with ${slo.sli.errorStatuses ?? '5xx'}` : `requests slower than ${slo.sli.threshold?.text}`;
  const checks = design.dependencies
    .filter((d) => d.direction !== 'inbound')
    .map((d) => {
      const guard = [d.timeout && `timeout ${d.timeout.text}`, d.retries && `${d.retries.max} retries`, d.circuitBreaker && 'circuit breaker', d.fallback && `fallback: ${d.fallback}`].filter(Boolean).join(', ');
      return `\`${d.name}\` (${d.kind ?? 'dependency'}${d.critical ? ', critical' : ''}${guard ? `; ${guard}` : ''}): its latency and error panels; is its breaker open?`;
    });
  const rollout = design.rollout;
  const mitigations = [
    rollout && `If a release is in progress (${rollout.strategy ?? 'rollout'}${rollout.steps.length ? ` ${rollout.steps.map((s) => s.text).join(' → ')}` : ''}), roll it back first${rollout.rollback?.steps.length ? `: ${rollout.rollback.steps.join('; ')}` : ''}.`,
    rollout?.flags.length && `Turn off the feature flags of the current rollout: ${rollout.flags.map((f) => `\`${f}\``).join(', ')}.`,
    ...design.dependencies.filter((d) => d.fallback).map((d) => `If \`${d.name}\` is failing, confirm its fallback (${d.fallback}) is serving.`),
    'If load is the cause, scale out and check rate limits before anything else.',
  ].filter((x): x is string => typeof x === 'string');
  return [
    `# ${spec.name}`,
    '',
    `**Severity: ${spec.severity}.** ${design.service.name} is spending its \`${slo.name}\` error budget (${formatPercent(slo.objective.percent)} of requests good over ${slo.window.text}) at ${spec.severity === 'page' ? 'a rate that exhausts it within days' : 'a rate that exhausts it before the window ends'}.`,
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
      ? `Users see errors on ${design.service.name}${design.domain.useCases.length ? ` (${design.domain.useCases.join(', ')})` : ''}.`
      : `Users wait longer than ${slo.sli.threshold?.text} on ${design.service.name}${design.domain.useCases.length ? ` (${design.domain.useCases.join(', ')})` : ''}.`,
    '',
    '## Where to look',
    '',
    `The \`${design.service.name} — service health\` dashboard (dashboards/${design.service.name}.json): golden signals, then the burn-rate panels of \`${slo.name}\`.`,
    '',
    '## First checks',
    '',
    bullets(['Did a deploy, config change or flag flip happen in the last hour?', ...checks]),
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

import type { Design } from '../model/types.js';
import { formatMs, formatPercent, round } from '../model/units.js';
import { blocks, bullets, code, table } from '../report/markdown.js';
import { alertSpecs, runbookUrl } from './alerts.js';
import { burnFactor, errorBudget, threshold } from './burn-rates.js';
import { sloProblems } from './validate.js';

/** The "Operability" section body: SLOs, what pages and what tickets, and the generated files. */
export function renderOperability(design: Design): string {
  if (design.slos.length === 0) return '';
  const slos = table(
    ['SLO', 'SLI', 'objective', 'window', 'error budget'],
    design.slos.map((slo) => [
      slo.name,
      slo.sli.kind === 'availability' ? `good = not ${slo.sli.errorStatuses ?? '5xx'}` : `good = faster than ${slo.sli.threshold?.text}`,
      formatPercent(slo.objective.percent),
      slo.window.text,
      `${formatPercent(round(errorBudget(slo) * 100, 6))} = ${formatMs(errorBudget(slo) * slo.window.ms)} of full outage`,
    ]),
  );
  const problems = sloProblems(design);
  const usable: Design = { ...design, slos: design.slos.filter((slo) => !problems.some((p) => p.slo === slo)) };
  const alerts = table(
    ['alert', 'severity', 'fires when (long and short window both above)', 'runbook'],
    alertSpecs(usable).map((spec) => [
      code(spec.name),
      spec.severity,
      spec.windows
        .map((w) => `${w.longWindow}/${w.shortWindow} > ${burnFactor(w, spec.slo)}× (${formatPercent(threshold(w, spec.slo) * 100)} bad)`)
        .join(' or '),
      runbookUrl(design, spec),
    ]),
  );
  return blocks(
    `### SLOs\n\n${slos}`,
    problems.length > 0 && `### Not generated\n\nNo rules are generated for these SLOs until they are fixed:\n\n${bullets(problems.map((p) => p.message))}`,
    `### Alerting\n\nMulti-window, multi-burn-rate alerts (Google SRE workbook, ch. 5): a fast burn pages a human, a slow burn opens a ticket. Burn factors are the workbook’s budget shares (2% in 1h, 5% in 6h, 10% in 1d, 10% in 3d) scaled to each SLO’s window.\n\n${alerts}`,
    `### Generated\n\n${bullets([
      '`alerts/prometheus-rules.yaml`: recording rules for 5m … 3d bad ratios, and the alerts above (checked by `promtool check rules`).',
      '`alerts/prometheus-rules.test.yaml`: `promtool test rules` cases: a fast burn pages, a slow burn tickets without paging, a healthy service fires nothing.',
      `\`dashboards/${design.service.name}.json\`: Grafana golden signals, error budget and burn rates, and each dependency’s latency and errors.`,
      '`runbooks/`: one per alert, with first checks drawn from the dependencies and the rollout.',
    ])}`,
  );
}

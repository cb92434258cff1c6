import type { Design } from '../model/types.js';
import { Document, stringify } from 'yaml';
import { prometheusRules, rulesHeader } from './alerts.js';
import { grafanaDashboard } from './dashboard.js';
import { prometheusRuleTests } from './rule-tests.js';
import { runbooks } from './runbooks.js';
import { sloProblems } from './validate.js';

export { renderOperability } from './render.js';
export { sloProblems, type SloProblem } from './validate.js';
export { operabilityRules } from './rules/index.js';

const yaml = (value: unknown) => stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });

/**
 * The files `archway slo` and `archway review` write for a design: alert rules and their promtool
 * tests, a Grafana dashboard, and a runbook per alert. Paths are relative to the output directory.
 * SLOs with `sloProblems` are left out (the review reports them; `archway slo` refuses them).
 */
export function generateOperability(design: Design, options: { runbookBaseUrl?: string } = {}): Map<string, string> {
  const broken = new Set(sloProblems(design).map((p) => p.slo));
  const usable: Design = { ...design, slos: design.slos.filter((slo) => !broken.has(slo)) };
  const files = new Map<string, string>();
  if (usable.slos.length > 0) {
    const rules = new Document(prometheusRules(usable, options.runbookBaseUrl), { aliasDuplicateObjects: false });
    rules.commentBefore = rulesHeader(usable);
    files.set('alerts/prometheus-rules.yaml', rules.toString({ lineWidth: 0 }));
    files.set('alerts/prometheus-rules.test.yaml', yaml(prometheusRuleTests(usable, options.runbookBaseUrl)));
    for (const [name, text] of runbooks(usable)) files.set(`runbooks/${name}`, text);
  }
  files.set(`dashboards/${design.service.name}.json`, `${JSON.stringify(grafanaDashboard(usable), null, 2)}\n`);
  return files;
}

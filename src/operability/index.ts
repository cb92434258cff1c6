import type { Design } from '../model/types.js';
import type { DesignRule } from '../core/design-rule.js';
import { Document, stringify } from 'yaml';
import { prometheusRules, rulesHeader } from './alerts.js';
import { grafanaDashboard } from './dashboard.js';
import { prometheusRuleTests } from './rule-tests.js';
import { runbooks } from './runbooks.js';
import alertRunbookMissingRule from './rules/alert-runbook-missing.js';
import correlationHeaderUndocumentedRule from './rules/correlation-header-undocumented.js';
import dependencyMetricsMissingRule from './rules/dependency-metrics-missing.js';
import piiNotRedactedRule from './rules/pii-not-redacted.js';
import sloAboveDependenciesRule from './rules/slo-above-dependencies.js';
import sloInvalidRule from './rules/slo-invalid.js';
import sloMissingRule from './rules/slo-missing.js';
import sloObjectiveMismatchRule from './rules/slo-objective-mismatch.js';
import sloObjectiveTooTightRule from './rules/slo-objective-too-tight.js';
import sloThresholdMismatchRule from './rules/slo-threshold-mismatch.js';
import sloThresholdNotBucketRule from './rules/slo-threshold-not-bucket.js';
import tracePropagationMissingRule from './rules/trace-propagation-missing.js';

import { sloProblems } from './validate.js';

export { renderOperability } from './render.js';
export { sloProblems, type SloProblem } from './validate.js';

/** The operability checks, sorted by id. */
export const operabilityRules: readonly DesignRule[] = [
  alertRunbookMissingRule,
  correlationHeaderUndocumentedRule,
  dependencyMetricsMissingRule,
  piiNotRedactedRule,
  sloAboveDependenciesRule,
  sloInvalidRule,
  sloMissingRule,
  sloObjectiveMismatchRule,
  sloObjectiveTooTightRule,
  sloThresholdMismatchRule,
  sloThresholdNotBucketRule,
  tracePropagationMissingRule,
];

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

import type { Finding } from './diagnostic.js';
import { findingFingerprint } from './fingerprint.js';
import { locationOf } from './source.js';
import type { Design } from '../model/types.js';
import { ContractReader } from '../contracts/reader.js';
import type { DesignReport, DesignRule, ReviewOptions } from './design-rule.js';

/** Runs design rules over one design or a whole system and turns reports into located findings. */
export function runDesignRules(
  rules: readonly DesignRule[],
  system: readonly Design[],
  options: ReviewOptions,
  contracts = new ContractReader({ cwd: options.cwd }),
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const targets = rule.scope === 'system' ? system.slice(0, 1) : system;
    for (const design of targets) {
      rule.check({
        design,
        system,
        options,
        contracts,
        report: (report) => findings.push(toFinding(rule, report.design ?? design, report)),
      });
    }
  }
  return findings;
}

export function toFinding(rule: DesignRule, design: Design, report: DesignReport): Finding {
  const location = locationOf(design.source, report.pointer, report.target);
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: report.severity ?? rule.severity,
    message: report.message,
    location,
    fix: report.fix ?? rule.fix,
    ...(report.related?.length ? { related: report.related.map((r) => locationOf(r.design.source, r.pointer)) } : {}),
    ...(report.data ? { data: report.data } : {}),
    fingerprint: findingFingerprint({ ruleId: rule.id, messageId: report.messageId, path: design.source.path, pointer: location.pointer }),
  };
}

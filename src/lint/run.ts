import { sortFindings, type Finding, type Severity } from '../core/diagnostic.js';
import { fingerprint } from '../core/fingerprint.js';
import type { ContractDocument } from '../contracts/load.js';
import { walk, type At } from '../contracts/walk.js';
import { DEFAULT_CONFIG, globMatches, type LintConfig } from './config.js';
import type { LintReport, LintRule } from './rule.js';
import { LINT_RULES } from './rules/index.js';

/** The rules in force for one file, with their severities after the preset, config and overrides. */
export function activeRules(file: string, config: LintConfig, rules: readonly LintRule[] = LINT_RULES): Array<{ rule: LintRule; severity: Severity }> {
  const severities = new Map<string, Severity | 'off'>();
  for (const rule of rules) severities.set(rule.id, rule.presets.includes(config.extends) ? rule.severity : 'off');
  for (const [id, severity] of Object.entries(config.rules)) severities.set(id, severity);
  for (const override of config.overrides) {
    if (globMatches(override.files, file)) for (const [id, severity] of Object.entries(override.rules)) severities.set(id, severity);
  }
  return rules.flatMap((rule) => {
    const severity = severities.get(rule.id);
    return severity && severity !== 'off' ? [{ rule, severity }] : [];
  });
}

/** Lints one contract in a single walk; findings are sorted and ignores applied. */
export function lintContract(doc: ContractDocument, config: LintConfig = DEFAULT_CONFIG, rules: readonly LintRule[] = LINT_RULES): Finding[] {
  const format = doc.kind === 'asyncapi' ? 'async' : 'oas';
  const active = activeRules(doc.rootFile.source.displayPath, config, rules).filter(({ rule }) => (rule.formats ?? ['oas']).includes(format));
  const findings: Finding[] = [];
  const inlineIgnores = new Map<string, Set<string>>();
  const visitors = active.map(({ rule, severity }) =>
    rule.create({
      report(ctx: { at: At }, report: LintReport) {
        const at = report.at ?? ctx.at;
        const position = at.file.source.locate(at.pointer, report.target);
        const location = { file: at.file.source.displayPath, pointer: at.pointer, ...position };
        findings.push({
          ruleId: rule.id,
          category: rule.category,
          severity,
          message: report.message,
          location,
          fix: report.fix ?? rule.fix,
          ...(report.data ? { data: report.data } : {}),
          fingerprint: fingerprint(rule.id, location.file, at.pointer, report.message),
        });
      },
    }),
  );
  walk(doc, visitors, (node, at) => {
    const ignored = node['x-archway-ignore'];
    if (Array.isArray(ignored)) inlineIgnores.set(`${at.file.source.displayPath}#${at.pointer}`, new Set(ignored.map(String)));
  });
  const kept = [...findings, ...doc.problems].filter((f) => !isIgnored(f, inlineIgnores, config));
  return sortFindings(kept);
}

/** A finding is ignored by `x-archway-ignore` on any node enclosing it, or by a config ignore entry. */
function isIgnored(finding: Finding, inline: ReadonlyMap<string, Set<string>>, config: LintConfig): boolean {
  const { file, pointer } = finding.location;
  const segments = pointer.split('/');
  for (let i = segments.length; i >= 1; i--) {
    const ids = inline.get(`${file}#${segments.slice(0, i).join('/')}`);
    if (ids && (ids.has(finding.ruleId) || ids.has('*'))) return true;
  }
  return config.ignore.some(
    (entry) =>
      (!entry.files || globMatches(entry.files, file)) &&
      (!entry.pointer || pointer === entry.pointer || pointer.startsWith(`${entry.pointer}/`)) &&
      (!entry.rules || entry.rules.includes(finding.ruleId)),
  );
}

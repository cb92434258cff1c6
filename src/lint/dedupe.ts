import { compareLocations, compareStrings, type Finding, type Location, type Severity } from '../core/diagnostic.js';
import { findingFingerprint } from '../core/fingerprint.js';
import type { At, WalkContext } from '../contracts/walk.js';
import type { LintReport, LintRule } from './rule.js';

/** How many referring places a merged finding lists in `data.examples`. */
const EXAMPLES = 3;

/** A rule's report as the walk gave it: located and fingerprinted only if it survives `dedupe`. */
export interface RawReport {
  rule: LintRule;
  severity: Severity;
  at: At;
  report: LintReport;
  /** The place that led the rule to a node written elsewhere (the operation using a shared response). */
  use?: At;
}

/** The referring place of a report on a node written elsewhere, or undefined when the rule is at the node itself. */
export function useOf(ctx: WalkContext | { at: At }, at: At): At | undefined {
  const use = ('operation' in ctx && ctx.operation?.at) || ctx.at;
  return use.file === at.file && use.pointer === at.pointer ? undefined : use;
}

/**
 * One finding per rule and place: a shared response referenced by 600 operations is one problem
 * to fix, so it is reported once, with `data.uses` (how many findings it stood for) and
 * `data.examples` (the first few referring places, sorted). Input order does not matter.
 * Reports are grouped before they are located and fingerprinted: on a large API most of them
 * fold into a few shared nodes, and locating each one was most of the cost of reporting.
 */
export function dedupe(reports: readonly RawReport[], cwd?: string): Finding[] {
  const groups = new Map<string, RawReport[]>();
  for (const raw of reports) {
    const key = `${raw.rule.id}\0${raw.at.file.source.displayPath}\0${raw.at.pointer}`;
    const group = groups.get(key);
    if (group) group.push(raw);
    else groups.set(key, [raw]);
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.push(finding(group[0], cwd));
      continue;
    }
    group.sort((a, b) => compareStrings(a.report.message, b.report.message));
    const first = finding(group[0], cwd);
    const uses = group.flatMap((r) => (r.use ? [locationOf(r.use)] : [])).sort(compareLocations);
    const examples = [...new Set(uses.map((u) => (u.file === first.location.file ? u.pointer : `${u.file}#${u.pointer}`)))].slice(0, EXAMPLES);
    out.push({ ...first, data: { ...first.data, uses: group.length, examples } });
  }
  return out;
}

function locationOf(at: At, target?: LintReport['target']): Location {
  return { file: at.file.source.displayPath, pointer: at.pointer, ...at.file.source.locate(at.pointer, target) };
}

function finding({ rule, severity, at, report }: RawReport, cwd: string | undefined): Finding {
  return {
    ruleId: rule.id,
    category: rule.category,
    severity,
    message: report.message,
    location: locationOf(at, report.target),
    fix: report.fix ?? rule.fix,
    ...(report.data ? { data: report.data } : {}),
    fingerprint: findingFingerprint({ ruleId: rule.id, messageId: report.messageId, path: at.file.path, pointer: at.pointer }, cwd),
  };
}

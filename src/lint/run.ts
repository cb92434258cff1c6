import { severityRank, sortFindings, type Finding, type Severity } from '../core/diagnostic.js';
import { findingFingerprint } from '../core/fingerprint.js';
import { parsePointer } from '../core/pointer.js';
import type { ContractDocument } from '../contracts/load.js';
import { walk, type At } from '../contracts/walk.js';
import { dedupe, useOf, type RawReport } from './dedupe.js';
import { DEFAULT_CONFIG, globMatches, type LintConfig } from './config.js';
import type { LintReport, LintRule, SeverityOverride } from './rule.js';
import { optionsOf } from './rule-options.js';
import { runRuleset } from './spectral/run.js';
import type { SpectralRuleset } from './spectral/types.js';
import { LINT_RULES } from './rules/index.js';

/** The rules in force for one file, with their severities after the preset, config and overrides. */
export function activeRules(file: string, config: LintConfig, rules: readonly LintRule[] = LINT_RULES): Array<{ rule: LintRule; severity: Severity }> {
  const severities = new Map<string, Severity | 'off'>();
  for (const rule of rules) severities.set(rule.id, config.extends !== 'none' && rule.presets.includes(config.extends) ? rule.severity : 'off');
  for (const [id, severity] of Object.entries(config.rules)) severities.set(id, severity);
  for (const override of config.overrides) {
    if (globMatches(override.files, file)) for (const [id, severity] of Object.entries(override.rules)) severities.set(id, severity);
  }
  return rules.flatMap((rule) => {
    const severity = severities.get(rule.id);
    return severity && severity !== 'off' ? [{ rule, severity }] : [];
  });
}

export interface LintOptions {
  /** The working directory: fingerprints name files relative to the git top, else to it. */
  cwd?: string;
  /** Spectral rulesets to run besides the built-in rules (their peer selections switch built-ins). */
  rulesets?: readonly SpectralRuleset[];
}

/**
 * The built-in rules' severities a Spectral ruleset sets by extending `spectral:oas` or
 * `spectral:asyncapi`: each selected peer rule turns on the archway rules that implement it, at
 * the peer's severity; a peer rule switched off turns them off unless another selected one needs them.
 */
export function peerSeverities(rulesets: readonly SpectralRuleset[]): Record<string, SeverityOverride> {
  const out: Record<string, SeverityOverride> = {};
  const on = new Set<string>();
  for (const ruleset of rulesets)
    for (const peer of ruleset.peers.values())
      for (const id of peer.archway) {
        if (peer.enabled && peer.severity !== 'off') {
          const current = out[id];
          if (!on.has(id) || current === 'off' || severityRank(peer.severity) < severityRank(current as Severity)) out[id] = peer.severity;
          on.add(id);
        } else if (!on.has(id)) out[id] = 'off';
      }
  return out;
}

/** Lints one contract with the built-in rules and the Spectral rulesets of `options`, awaiting their asynchronous functions. */
export async function lintWithRulesets(
  doc: ContractDocument,
  config: LintConfig = DEFAULT_CONFIG,
  rules: readonly LintRule[] = LINT_RULES,
  options: LintOptions = {},
): Promise<Finding[]> {
  const rulesets = options.rulesets ?? [];
  const withPeers = rulesets.length > 0 ? { ...config, rules: { ...peerSeverities(rulesets), ...config.rules } } : config;
  const builtIn = lintFindings(doc, withPeers, rules, options);
  const own: Finding[] = [];
  for (const ruleset of rulesets) {
    const run = runRuleset(doc, ruleset, options.cwd);
    await Promise.all(run.pending);
    own.push(...run.findings);
  }
  return finish(doc, config, [...builtIn, ...own], options);
}

/** Lints one contract in a single walk; findings are sorted and ignores applied. */
export function lintContract(
  doc: ContractDocument,
  config: LintConfig = DEFAULT_CONFIG,
  rules: readonly LintRule[] = LINT_RULES,
  options: LintOptions = {},
): Finding[] {
  return finish(doc, config, lintFindings(doc, config, rules, options), options);
}

/** The built-in rules' findings, deduplicated, before ignores. */
function lintFindings(doc: ContractDocument, config: LintConfig, rules: readonly LintRule[], options: LintOptions): Finding[] {
  const format = doc.kind === 'asyncapi' ? 'async' : 'oas';
  if (config.extraRules?.length) rules = [...rules, ...config.extraRules];
  const active = activeRules(doc.rootFile.source.displayPath, config, rules).filter(({ rule }) => (rule.formats ?? ['oas']).includes(format));
  const reports: RawReport[] = [];
  // A schema is visited once per context (request, response…): a rule that does not care which
  // reports the same thing each time; keep one.
  const reported = new Set<string>();
  const visitors = active.map(({ rule, severity }) =>
    rule.create({
      options: optionsOf(rule, config.options?.[rule.id]),
      report(ctx: { at: At }, report: LintReport) {
        const at = report.at ?? ctx.at;
        const key = `${rule.id}\0${at.file.path}\0${at.pointer}\0${report.message}`;
        if (reported.has(key)) return;
        reported.add(key);
        reports.push({ rule, severity: report.severity ?? severity, at, report, use: useOf(ctx, at) });
      },
    }),
  );
  walk(doc, visitors);
  return dedupe(reports, options.cwd);
}

/** Adds the loader's findings, applies inline and config ignores, sorts. */
function finish(doc: ContractDocument, config: LintConfig, findings: Finding[], options: LintOptions): Finding[] {
  const files = new Map<string, unknown>();
  const paths = new Map<string, string>();
  for (const file of doc.files.values()) {
    if (!file) continue;
    // Only a file that mentions the marker can silence a finding: the others need no walk per finding.
    files.set(file.source.displayPath, file.source.searchText.includes('x-archway-ignore') ? file.root : undefined);
    paths.set(file.source.displayPath, file.path);
  }
  // The loader's findings (`ref-unresolved`) know no working directory: fingerprint them with it.
  const problems = doc.problems.map((p) => ({
    ...p,
    fingerprint: findingFingerprint({ ruleId: p.ruleId, path: paths.get(p.location.file) ?? p.location.file, pointer: p.location.pointer }, options.cwd),
  }));
  const kept = [...findings, ...problems].filter((f) => !inlineIgnored(f, files.get(f.location.file)) && !configIgnored(f, config));
  return sortFindings(kept);
}

/**
 * `x-archway-ignore: [rule-id]` (or `["*"]`) on any node of the file a finding is written in,
 * from the root down to the finding's node, silences it: a few property reads per finding,
 * and it works on nodes no rule visits (`info`, a `responses` map).
 */
function inlineIgnored(finding: Finding, root: unknown): boolean {
  if (root === null || typeof root !== 'object') return false;
  let node: unknown = root;
  const segments = parsePointer(finding.location.pointer);
  for (let i = 0; i <= segments.length && node !== null && typeof node === 'object'; i++) {
    const ids = (node as Record<string, unknown>)['x-archway-ignore'];
    if (Array.isArray(ids) && ids.some((id) => id === finding.ruleId || id === '*')) return true;
    node = i < segments.length ? (node as Record<string, unknown>)[segments[i]] : undefined;
  }
  return false;
}

/** An `ignore` entry of the config: by file glob, pointer subtree and rules, each optional. */
function configIgnored(finding: Finding, config: LintConfig): boolean {
  const { file, pointer } = finding.location;
  return config.ignore.some(
    (entry) =>
      (!entry.files || globMatches(entry.files, file)) &&
      (!entry.pointer || pointer === entry.pointer || pointer.startsWith(`${entry.pointer}/`)) &&
      (!entry.rules || entry.rules.includes(finding.ruleId)),
  );
}

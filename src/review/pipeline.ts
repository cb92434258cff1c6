import { sortFindings, type Finding } from '../core/diagnostic.js';
import { InputError, type InputProblem } from '../core/input-error.js';
import { loadDesignFile } from '../model/load.js';
import type { Design } from '../model/types.js';
import { renderDesignMd, type ServiceReport } from '../report/design-md.js';
import { formatFindings } from '../report/formatters/index.js';
import { renderHtml } from '../report/html.js';
import { renderSystemHtml } from '../report/system-html.js';
import { renderSystemMd, servicePath, type SystemReport } from '../report/system-md.js';
import { buildRisks, decide, decisionsJson, type Decision } from '../decide/index.js';
import { generateOperability } from '../operability/index.js';
import { DEFAULT_REVIEW_OPTIONS, type DesignRule, type ReviewOptions } from '../core/design-rule.js';
import { ContractReader } from '../contracts/reader.js';
import { DEFAULT_SETUP, loadLintSetup, setupRules, type LintSetup } from '../lint/setup.js';
import type { RuleMeta } from '../core/rule.js';
import { CHECKS } from '../diff/index.js';
import { checkMeta } from '../diff/format/findings.js';
import { runDesignRules } from '../core/run-design-rules.js';
import type { ReportSection } from './stage.js';
import { STAGES } from './stages/index.js';
import { ALL_DESIGN_RULES } from './design-rules.js';

export interface ReviewResult {
  designs: readonly Design[];
  /** Every finding of every design, sorted. */
  findings: readonly Finding[];
  rules: readonly DesignRule[];
  /** Metadata of every rule a finding may come from (design rules, lint rules and plugins, diff checks), for the output formats. */
  formatRules: readonly RuleMeta[];
  /** The output directory's files: relative path → content. */
  files: ReadonlyMap<string, string>;
}

export { ALL_DESIGN_RULES };

export interface ReviewRunOptions extends Partial<ReviewOptions> {
  /** What contracts are linted with; by default what `archway lint` loads from `cwd` (the built-ins alone without a `cwd`). */
  lint?: LintSetup;
}

/** Loads every design (reporting all input problems at once), runs the workflow, renders the outputs. */
export async function review(paths: readonly string[], options: ReviewRunOptions = {}): Promise<ReviewResult> {
  return reviewDesigns(loadAll(paths, options.allowOutsideRoot, options.cwd), options);
}

export async function reviewDesigns(designs: readonly Design[], { lint: given, ...options }: ReviewRunOptions = {}): Promise<ReviewResult> {
  const opts: ReviewOptions = { ...DEFAULT_REVIEW_OPTIONS, ...options };
  const lint = given ?? (opts.cwd === undefined ? DEFAULT_SETUP : await loadLintSetup(opts.cwd));
  // Each stage checks its own part of the workflow; findings are merged and sorted once.
  const contracts = new ContractReader({ allowOutsideRoot: opts.allowOutsideRoot, cwd: opts.cwd });
  const ruleFindings = STAGES.flatMap((stage) => runDesignRules(stage.rules, designs, opts, contracts));
  // Engine findings (contract lint) belong to the design that names the contract.
  const engineFindings = new Map<Design, Finding[]>();
  for (const design of designs) {
    const found = await Promise.all(STAGES.map((stage) => stage.analyse?.({ design, system: designs, options: opts, contracts, lint }) ?? []));
    engineFindings.set(design, sortFindings(found.flat()));
  }
  const findings = sortFindings([...ruleFindings, ...[...engineFindings.values()].flat()]);
  const rulesById = new Map(ALL_DESIGN_RULES.map((r) => [r.id, r]));
  const services: ServiceReport[] = designs.map((design) => {
    const own = sortFindings([...ruleFindings.filter((f) => f.location.file === design.source.displayPath), ...engineFindings.get(design)!]);
    const context = { design, system: designs, findings: own, options: opts, contracts, lint };
    const sections: ReportSection[] = STAGES.flatMap((stage) => stage.sections(context));
    const decisions = decide(design, designs, own);
    const risks = buildRisks(design, own, decisions);
    return { design, findings: own, sections, decisions, risks };
  });
  // Decision ids are per service; a system review prefixes them so they stay unique.
  const allDecisions: Decision[] = services.flatMap((s) => s.decisions.map((d) => (designs.length > 1 ? { ...d, id: `${s.design.service.name}/${d.id}` } : d)));
  // Diff checks describe the contract breaks `--base` adds (SARIF rule descriptors).
  const formatRules = [...ALL_DESIGN_RULES, ...setupRules(lint), ...CHECKS.map(checkMeta)];
  const formatContext = { rules: formatRules, cwd: opts.cwd };
  const files = new Map<string, string>([
    ['findings.json', formatFindings('json', findings, formatContext)],
    ['findings.sarif', formatFindings('sarif', findings, formatContext)],
    ['decisions.json', decisionsJson(allDecisions)],
  ]);
  if (designs.length > 1) {
    // A system review: DESIGN.md is the system page, each service's review sits in its folder.
    const system: SystemReport = { services, findings, crossService: findings.filter((f) => rulesById.get(f.ruleId)?.scope === 'system') };
    const page = renderSystemMd(system);
    files.set('DESIGN.md', page);
    for (const service of services) files.set(servicePath(service.design), renderDesignMd([service], rulesById));
    files.set('report.html', renderSystemHtml(system, services, findings, rulesById, page));
  } else {
    files.set('DESIGN.md', renderDesignMd(services, rulesById));
    files.set('report.html', renderHtml(services, findings, rulesById));
  }
  // One service writes its alerts at the top; a system review gives each service a folder.
  for (const design of designs) {
    const prefix = designs.length > 1 ? `${design.service.name}/` : '';
    for (const [path, content] of generateOperability(design)) files.set(`${prefix}${path}`, content);
  }
  return { designs, findings, rules: ALL_DESIGN_RULES, formatRules, files };
}

function loadAll(paths: readonly string[], allowOutsideRoot = false, cwd?: string): Design[] {
  const designs: Design[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    try {
      designs.push(loadDesignFile(path, { allowOutsideRoot, cwd }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  const seen = new Map<string, Design>();
  for (const design of designs) {
    const first = seen.get(design.service.name);
    if (first) {
      problems.push({
        location: { file: design.source.displayPath, pointer: '/service/name', ...design.source.locate('/service/name') },
        message: `service "${design.service.name}" is also described in ${first.source.displayPath}; each service needs one design file`,
      });
    } else seen.set(design.service.name, design);
  }
  if (problems.length > 0) throw new InputError(problems);
  return designs;
}

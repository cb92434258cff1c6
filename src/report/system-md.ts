import { countBySeverity, type Finding } from '../core/diagnostic.js';
import { isSynchronous } from '../model/queries.js';
import type { Design } from '../model/types.js';
import { formatMs, formatPercent } from '../model/units.js';
import { deadline, pathBudget } from '../resilience/figures.js';
import { callChains, describeChain, hopFactor } from '../resilience/graph.js';
import { endToEnd, entryPoints } from '../system/end-to-end.js';
import { promisedAvailability } from '../system/promises.js';
import { summaryLine } from './formatters/stylish.js';
import { blocks, code, table } from './markdown.js';
import { mermaidId } from './mermaid.js';

/** What the system page needs of a review: each service with its own findings, and the cross-service findings. */
export interface SystemReport {
  services: ReadonlyArray<{ design: Design; findings: readonly Finding[] }>;
  /** Findings of system-scoped rules: what no single service's review can show. */
  crossService: readonly Finding[];
  findings: readonly Finding[];
}

/** Where a service's own review is written beside the system page. */
export function servicePath(design: Design): string {
  return `${design.service.name}/DESIGN.md`;
}

function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`;
}

function severities(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return `${counts.error} error, ${counts.warn} warn, ${counts.info} info`;
}

/**
 * The context diagram of the whole system: reviewed services (with their owner), the outside
 * dependencies they share, solid edges for synchronous calls (thick when critical), dotted for
 * asynchronous ones; a service with errors or warnings is outlined in that colour.
 */
export function systemDiagram(report: SystemReport): string {
  const reviewed = new Map(report.services.map((s) => [s.design.service.name, s]));
  const lines = ['flowchart LR'];
  const outside = new Map<string, string>();
  const edges: string[] = [];
  for (const { design, findings } of report.services) {
    const id = mermaidId('svc', design.service.name);
    const counts = countBySeverity(findings);
    const mark = counts.error ? `<br/>${counts.error} error` : counts.warn ? `<br/>${counts.warn} warn` : '';
    lines.push(`  ${id}[[${label(`${design.service.name}${design.service.owner ? `<br/>(${design.service.owner})` : ''}${mark}`)}]]`);
    if (counts.error || counts.warn) lines.push(`  class ${id} ${counts.error ? 'error' : 'warn'}`);
    for (const dependency of design.dependencies) {
      const target = reviewed.has(dependency.name) ? mermaidId('svc', dependency.name) : mermaidId('dep', dependency.name);
      if (!reviewed.has(dependency.name) && !outside.has(target)) {
        const text = label(`${dependency.name}<br/>${dependency.kind ?? 'kind open'}`);
        outside.set(
          target,
          dependency.kind === 'database' || dependency.kind === 'cache' || dependency.kind === 'object-storage'
            ? `  ${target}[(${text})]`
            : `  ${target}[${text}]`,
        );
      }
      const sync = isSynchronous(dependency);
      const arrow = sync ? (dependency.critical ? '==>|sync, critical|' : '-->|sync|') : '-. async .->';
      edges.push(dependency.direction === 'inbound' ? `  ${target} ${arrow} ${id}` : `  ${id} ${arrow} ${target}`);
    }
  }
  lines.push(...[...outside.keys()].sort().map((k) => outside.get(k)!), ...edges);
  lines.push('  classDef error stroke:#b3261e,stroke-width:3px', '  classDef warn stroke:#8a5a00,stroke-width:3px');
  return ['```mermaid', ...lines, '```'].join('\n');
}

/** One line per service: owner, tier, promised availability and p99, findings, and a link to its review. */
function serviceTable(report: SystemReport): string {
  return table(
    ['service', 'owner', 'tier', 'availability', 'p99', 'findings', 'review'],
    report.services.map(({ design, findings }) => {
      const promised = promisedAvailability(design);
      return [
        design.service.name,
        design.service.owner,
        design.service.tier,
        promised && `${formatPercent(promised.percent)} (${promised.source})`,
        design.nfr.latency?.p99 && formatMs(design.nfr.latency.p99.ms),
        severities(findings),
        `[${servicePath(design)}](${servicePath(design)})`,
      ];
    }),
  );
}

function findingsTable(findings: readonly Finding[]): string {
  const where = (f: Finding) => [f.location, ...(f.related ?? [])].map((l) => code(`${l.file}:${l.line}:${l.column}`)).join(', ');
  return table(
    ['severity', 'rule', 'where', 'finding'],
    findings.map((f) => [f.severity, code(f.ruleId), where(f), f.message]),
  );
}

/**
 * From each entry point: the composite availability of every critical dependency reached through
 * the reviewed services, and the call chain that amplifies retries most, drawn hop by hop.
 */
function endToEndSection(designs: readonly Design[]): string | undefined {
  const entries = entryPoints(designs);
  if (entries.length === 0) return undefined;
  const rows: Array<Array<string | undefined>> = [];
  const paths: string[] = [];
  for (const entry of entries) {
    const figures = endToEnd(entry, designs);
    const known = figures.leaves.filter((l) => l.dependency.availability);
    const target = entry.nfr.availability;
    const composite =
      known.length === 0
        ? undefined
        : `${known.map((l) => `${l.dependency.name} ${formatPercent(l.dependency.availability!.percent)}`).join(' × ')} = ${formatPercent(figures.percent)}`;
    const worst = callChains(entry, designs).reduce<ReturnType<typeof callChains>[number] | undefined>(
      (a, b) => (!a || b.amplification > a.amplification ? b : a),
      undefined,
    );
    // The entry's own timeouts bound how long a request waits, however deep the calls go.
    const budget = pathBudget(entry);
    const limit = deadline(entry);
    const latency =
      budget.steps.length === 0
        ? undefined
        : budget.worstCaseMs === undefined
          ? 'unbounded (a call has no timeout)'
          : `${budget.steps.length === 1 && budget.steps[0].calls.length === 1 ? budget.critical[0].formula : budget.formula}${limit ? ` (${budget.worstCaseMs <= limit.ms ? 'within' : '**over**'} ${limit.text})` : ''}`;
    rows.push([
      entry.service.name,
      figures.services.map((d) => d.service.name).join(', ') || undefined,
      composite && `${composite}${target ? ` (${figures.percent >= target.percent ? 'meets' : '**below**'} ${target.text})` : ''}`,
      latency,
      worst && `${describeChain(worst)}: ${worst.formula}×`,
    ]);
    if (worst && worst.hops.length > 1) {
      const nodes = [worst.hops[0].from.service.name, ...worst.hops.map((h) => h.dependency.name)];
      const lines = ['flowchart LR', ...nodes.map((n, i) => `  p${i}[${label(n)}]`)];
      worst.hops.forEach((hop, i) => {
        const timeout = hop.dependency.timeout ? `, ${formatMs(hop.dependency.timeout.ms)} timeout` : '';
        lines.push(`  p${i} ==>|${label(`${hopFactor(hop.dependency).text} attempts${timeout}`)}| p${i + 1}`);
      });
      paths.push(`#### Critical path from ${entry.service.name}\n\n${['```mermaid', ...lines, '```'].join('\n')}`);
    }
  }
  return blocks(
    '## End-to-end figures',
    'From each entry point (a service no reviewed service calls synchronously): the critical dependencies reached through the whole system, each once, multiplied as independent failures (reviewed services themselves counted as never failing, so this is an upper bound); the longest a request can wait, bounded by the entry’s own timeouts and retries; and the call chain whose attempts multiply most.',
    table(['entry', 'through', 'composite availability', 'worst-case latency (attempts × timeout + backoff)', 'worst retry amplification'], rows),
    ...paths,
  );
}

/** The system page: DESIGN.md of a review of several designs. */
export function renderSystemMd(report: SystemReport): string {
  const designs = report.services.map((s) => s.design);
  return `${blocks(
    `# System review: ${designs.map((d) => d.service.name).join(', ')}`,
    `> Written by archway from ${designs.length} design files (${designs.map((d) => code(d.source.displayPath)).join(', ')}). Each service's own review is in its folder, linked below.`,
    summaryLine(countBySeverity(report.findings)) + '.',
    `## Context\n\n${systemDiagram(report)}`,
    `## Services\n\n${serviceTable(report)}`,
    `## Cross-service findings\n\n${report.crossService.length > 0 ? findingsTable(report.crossService) : 'None: what callers assume matches what callees promise.'}`,
    endToEndSection(designs),
  )}\n`;
}

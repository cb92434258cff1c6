import { countBySeverity, type Finding } from '../core/diagnostic.js';
import { renderDecisions, renderRisks, type Decision, type Risk } from '../decide/index.js';
import type { Design } from '../model/types.js';
import type { DesignRule } from '../core/design-rule.js';
import type { ReportSection } from '../review/stage.js';
import { summaryLine } from './formatters/stylish.js';
import { blocks, code, table } from './markdown.js';
import { containerDiagram, contextDiagram, criticalPathSequence } from './mermaid.js';
import { buildVerificationPlan, renderVerificationPlan } from './verification.js';

export interface ServiceReport {
  design: Design;
  findings: readonly Finding[];
  /** Sections from the stages, in workflow order. */
  sections: readonly ReportSection[];
  decisions: readonly Decision[];
  risks: readonly Risk[];
}

/** DESIGN.md: the output contract of a review, one part per service. */
export function renderDesignMd(services: readonly ServiceReport[], rules: ReadonlyMap<string, DesignRule>): string {
  return `${services.map((s) => renderService(s, rules, true)).join('\n\n')}\n`;
}

/**
 * One service's review. The HTML report leaves the findings table out (`withFindings` false)
 * and shows its own filterable one instead.
 */
export function renderService(
  { design, findings, sections, decisions, risks }: ServiceReport,
  rules: ReadonlyMap<string, DesignRule>,
  withFindings: boolean,
): string {
  const { service } = design;
  const header = blocks(
    `# Architecture review: ${service.name}`,
    `> Written by archway from ${code(design.source.displayPath)}. Edit the design file and run \`archway review\` rather than this file.`,
    [service.description, service.owner && `Owner: **${service.owner}**.`].filter(Boolean).join(' '),
    summaryLine(countBySeverity(findings)) + '.',
  );
  const sequence = criticalPathSequence(design);
  const sketch = blocks(
    '## Architecture sketch',
    `### Context\n\n${contextDiagram(design)}`,
    `### Containers\n\n${containerDiagram(design)}`,
    sequence && `### Critical path\n\n${sequence}`,
  );
  const section = (id: string) => sections.filter((s) => s.id === id).map((s) => `## ${s.title}\n\n${s.body}`);
  const plan = renderVerificationPlan(buildVerificationPlan(design, findings, rules, risks));
  // The output contract's order: sketch with boundaries, the constraints the reasons cite,
  // decisions, risks, the verification plan, then the detailed figures and findings.
  return blocks(
    header,
    sketch,
    ...section('boundaries'),
    ...section('constraints'),
    ...section('contracts'),
    ...section('contract-changes'),
    decisions.length > 0 && `## Decisions\n\n${renderDecisions(decisions)}`,
    risks.length > 0 && `## Risks and mitigations\n\n${renderRisks(risks)}`,
    plan && `## Verification plan\n\n${plan}`,
    ...sections.filter((s) => !['boundaries', 'constraints', 'contracts', 'contract-changes'].includes(s.id)).map((s) => `## ${s.title}\n\n${s.body}`),
    withFindings && findings.length > 0 && `## Findings\n\n${renderFindings(findings)}`,
  );
}

function renderFindings(findings: readonly Finding[]): string {
  return table(
    ['severity', 'rule', 'where', 'finding', 'fix'],
    findings.map((f) => [f.severity, code(f.ruleId), code(`${f.location.file}:${f.location.line}:${f.location.column}`), f.message, f.fix]),
  );
}

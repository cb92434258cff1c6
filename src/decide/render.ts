import { compareStrings } from '../core/diagnostic.js';
import { blocks, bullets, code, table } from '../report/markdown.js';
import { pattern } from './catalogue.js';
import type { Decision } from './decide.js';
import { TOP_RISKS, type Risk } from './risks.js';

/** The "Decisions" section body, from `###`: per decision its alternatives with tradeoffs and feasibility, the choice, and why. */
export function renderDecisions(decisions: readonly Decision[]): string {
  return [...decisions]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((d) =>
      blocks(
        `### ${d.question}`,
        `Decision ${code(d.id)} about ${code(d.subject)}${d.subjects.length > 1 ? `; the choice also changes ${d.subjects.slice(1).map(code).join(', ')}` : ''}.`,
        d.alternatives.length > 0 &&
          table(
            ['alternative', 'score', 'feasible', 'for', 'against'],
            d.alternatives.map((a) => [
              a.pattern === d.chosen ? `**${pattern(a.pattern).name}** (${code(a.pattern)}, chosen)` : `${pattern(a.pattern).name} (${code(a.pattern)})`,
              a.score,
              a.feasible ? 'yes' : `no — ${a.infeasibleBecause}`,
              a.pros.join('; '),
              a.cons.join('; '),
            ]),
          ),
        d.chosen
          ? `**Chosen:** ${code(d.chosen)} (${d.chosenBy === 'design' ? 'the design’s choice, reviewed' : 'archway’s recommendation'}). **Better:** ${d.better ? `${code(d.better)}: ${d.betterReason}.` : 'none.'}`
          : d.alternatives.length > 0
            ? '**Chosen:** none — no alternative is feasible; a constraint must move (see the rationale).'
            : '**Chosen:** none — archway has no pattern family for this question.',
        `**Rationale**\n\n${bullets(d.rationale)}`,
        d.related.length > 0 && `**Related decisions:** ${d.related.map(code).join(', ')}.`,
        d.risks.length > 0 && `**Risks:** ${d.risks.map(code).join(', ')}.`,
      ),
    )
    .join('\n\n');
}

/** The risk register: the top risks by likelihood × impact, then the rest; each traced to its findings or decision, with its mitigation and the test that proves it. */
export function renderRisks(risks: readonly Risk[]): string {
  const rows = (list: readonly Risk[]) =>
    table(
      ['risk', 'what could go wrong', 'from', 'likelihood × impact', 'mitigation', 'verified by'],
      list.map((r) => [
        code(r.id),
        r.title,
        [
          r.source.kind === 'finding'
            ? `${code(r.source.ruleId)} at ${code(`${r.source.location.file}:${r.source.location.line}`)}${r.source.count && r.source.count > 1 ? ` and ${r.source.count - 1} more` : ''}`
            : `decision ${code(r.source.id)}`,
          ...(r.seeAlso.length ? [`see also ${r.seeAlso.map((s) => (s.includes('`') ? s : code(s))).join(', ')}`] : []),
        ].join('; '),
        `${r.likelihood} × ${r.impact}`,
        r.mitigation,
        r.verification,
      ]),
    );
  const top = risks.slice(0, TOP_RISKS);
  const rest = risks.slice(TOP_RISKS);
  return blocks(`**Top risks** (likelihood × impact)\n\n${rows(top)}`, rest.length > 0 && `**Other risks**\n\n${rows(rest)}`);
}

/** decisions.json: exactly `{ "decisions": [ … ] }`, sorted by id, 2-space JSON and a final newline. */
export function decisionsJson(decisions: readonly Decision[]): string {
  const shaped = [...decisions]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((d) => ({
      id: d.id,
      question: d.question,
      subject: d.subject,
      kind: d.kind,
      alternatives: d.alternatives.map((a) => ({
        pattern: a.pattern,
        score: a.score,
        feasible: a.feasible,
        infeasibleBecause: a.infeasibleBecause,
        pros: a.pros,
        cons: a.cons,
      })),
      chosen: d.chosen,
      chosenBy: d.chosenBy,
      subjects: d.subjects,
      better: d.better,
      ...(d.betterReason !== undefined ? { betterReason: d.betterReason } : {}),
      rationale: d.rationale,
      risks: d.risks,
      related: d.related,
    }));
  return `${JSON.stringify({ decisions: shaped }, null, 2)}\n`;
}

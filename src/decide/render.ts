import { blocks, bullets, code, table } from '../report/markdown.js';
import { pattern } from './catalogue.js';
import type { Decision } from './decide.js';
import type { Risk } from './risks.js';

/** The "Decisions" section: per decision its alternatives with tradeoffs, the choice and why. */
export function renderDecisions(decisions: readonly Decision[]): string {
  return decisions
    .map((d) =>
      blocks(
        `### ${d.question}`,
        `Decision \`${d.id}\` about ${code(d.subject)}.`,
        table(
          ['alternative', 'score', 'for', 'against'],
          d.alternatives.map((a) => [`${a.pattern === d.chosen ? '**' : ''}${pattern(a.pattern).name}${a.pattern === d.chosen ? '** (chosen)' : ''}`, a.score, a.pros.join('; '), a.cons.join('; ')]),
        ),
        `**Chosen:** \`${d.chosen}\` (${d.chosenBy === 'design' ? 'the design’s choice, reviewed' : 'archway’s recommendation'}).${d.better ? ` **Better:** \`${d.better}\`: ${d.betterReason}.` : ''}`,
        `**Rationale**\n\n${bullets(d.rationale)}`,
        `**Risks:** ${d.risks.map((r) => code(r)).join(', ')}.`,
      ),
    )
    .join('\n\n');
}

export function renderRisks(risks: readonly Risk[]): string {
  return table(
    ['risk', 'what could go wrong', 'from', 'likelihood', 'impact', 'mitigation', 'verified by'],
    risks.map((r) => [
      code(r.id),
      r.title,
      r.source.kind === 'finding' ? `${code(r.source.ruleId)} at ${code(`${r.source.location.file}:${r.source.location.line}`)}` : `decision ${code(r.source.id)}`,
      r.likelihood,
      r.impact,
      r.mitigation,
      r.verification,
    ]),
  );
}

/** decisions.json: the decisions as data, sorted by id, for tools and reviews. */
export function decisionsJson(decisions: readonly Decision[]): string {
  const shaped = [...decisions]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((d) => ({
      id: d.id,
      question: d.question,
      subject: d.subject,
      kind: d.kind,
      alternatives: d.alternatives.map((a) => ({ pattern: a.pattern, score: a.score, pros: a.pros, cons: a.cons })),
      chosen: d.chosen,
      chosenBy: d.chosenBy,
      better: d.better,
      ...(d.betterReason ? { betterReason: d.betterReason } : {}),
      rationale: d.rationale,
      risks: d.risks,
    }));
  return `${JSON.stringify({ decisions: shaped }, null, 2)}\n`;
}

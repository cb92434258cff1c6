import { compareStrings } from '../core/diagnostic.js';
import { blocks, bullets, code, table } from '../report/markdown.js';
import { pattern } from './catalogue.js';
import type { Decision } from './decide.js';
import type { Risk } from './risks.js';

/** The "Decisions" section body, from `###`: per decision its alternatives with tradeoffs, the choice, and why. */
export function renderDecisions(decisions: readonly Decision[]): string {
  return [...decisions]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((d) =>
      blocks(
        `### ${d.question}`,
        `Decision ${code(d.id)} about ${code(d.subject)}.`,
        table(
          ['alternative', 'score', 'for', 'against'],
          d.alternatives.map((a) => [
            a.pattern === d.chosen ? `**${pattern(a.pattern).name}** (${code(a.pattern)}, chosen)` : `${pattern(a.pattern).name} (${code(a.pattern)})`,
            a.score,
            a.pros.join('; '),
            a.cons.join('; '),
          ]),
        ),
        `**Chosen:** ${code(d.chosen)} (${d.chosenBy === 'design' ? 'the design’s choice, reviewed' : 'archway’s recommendation'}). **Better:** ${d.better ? `${code(d.better)}: ${d.betterReason}.` : 'none.'}`,
        `**Rationale**\n\n${bullets(d.rationale)}`,
        d.risks.length > 0 && `**Risks:** ${d.risks.map(code).join(', ')}.`,
      ),
    )
    .join('\n\n');
}

/** The risks table: each risk traced to its finding or decision, with the mitigation and the test that proves it. */
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

/** decisions.json: exactly `{ "decisions": [ … ] }`, sorted by id, 2-space JSON and a final newline. */
export function decisionsJson(decisions: readonly Decision[]): string {
  const shaped = [...decisions]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((d) => ({
      id: d.id,
      question: d.question,
      subject: d.subject,
      alternatives: d.alternatives.map((a) => ({ pattern: a.pattern, score: a.score, pros: a.pros, cons: a.cons })),
      chosen: d.chosen,
      better: d.better,
      ...(d.betterReason !== undefined ? { betterReason: d.betterReason } : {}),
      rationale: d.rationale,
      risks: d.risks,
    }));
  return `${JSON.stringify({ decisions: shaped }, null, 2)}\n`;
}

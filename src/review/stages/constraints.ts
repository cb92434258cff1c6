import { bullets, blocks, table } from '../../report/markdown.js';
import { formatPercent } from '../../model/units.js';
import { rulesOfStage } from '../design-rules.js';
import type { Stage } from '../stage.js';

/** Stage 1: domain, NFRs and what "done" means in production. */
export const constraintsStage: Stage = {
  id: 'constraints',
  title: 'Constraints',
  rules: rulesOfStage('constraints'),
  sections({ design }) {
    const { domain, nfr } = design;
    const nfrRows: Array<[string, string]> = [];
    for (const [percentile, value] of Object.entries(nfr.latency ?? {})) if (value) nfrRows.push([`latency ${percentile}`, value.text]);
    if (nfr.throughput?.peakRps !== undefined) nfrRows.push(['peak throughput', `${nfr.throughput.peakRps} rps`]);
    if (nfr.throughput?.averageRps !== undefined) nfrRows.push(['average throughput', `${nfr.throughput.averageRps} rps`]);
    if (nfr.throughput?.payload) nfrRows.push(['payload', nfr.throughput.payload.text]);
    if (nfr.availability) nfrRows.push(['availability', formatPercent(nfr.availability.percent)]);
    if (nfr.deadline) nfrRows.push(['request deadline', nfr.deadline.text]);
    if (nfr.privacy)
      nfrRows.push(['privacy', [nfr.privacy.regimes.join(', '), nfr.privacy.residency && `residency ${nfr.privacy.residency}`].filter(Boolean).join('; ')]);
    if (nfr.multiTenant !== undefined) nfrRows.push(['multi-tenant', nfr.multiTenant ? 'yes' : 'no']);
    const consistency = Object.entries(nfr.consistency).sort(([a], [b]) => (a < b ? -1 : 1));
    const body = blocks(
      domain.useCases.length > 0 && `**Use cases**\n\n${bullets(domain.useCases)}`,
      domain.actors.length > 0 &&
        `**Actors**\n\n${table(
          ['actor', 'kind', 'description'],
          domain.actors.map((a) => [a.name, a.kind, a.description]),
        )}`,
      nfrRows.length > 0 && `**Non-functional requirements**\n\n${table(['requirement', 'target'], nfrRows)}`,
      consistency.length > 0 && `**Consistency**\n\n${table(['data', 'consistency'], consistency)}`,
      design.done.length > 0 && `**Done means, in production**\n\n${bullets(design.done.map((d) => d.text))}`,
    );
    return body ? [{ id: 'constraints', title: 'Constraints', body }] : [];
  },
};

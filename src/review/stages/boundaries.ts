import { blocks, bullets, table } from '../../report/markdown.js';
import { rulesOfStage } from '../design-rules.js';
import type { Stage } from '../stage.js';

/** Stage 2: inside vs outside, owned vs referenced data, the public surface. */
export const boundariesStage: Stage = {
  id: 'boundaries',
  title: 'Boundaries',
  rules: rulesOfStage('boundaries'),
  sections({ design }) {
    const { data } = design;
    const inside = [
      ...data.owned.map((d) => `data \`${d.name}\`${d.store ? ` in ${d.store}` : ''}`),
      ...design.api.map((a) => `API \`${a.name}\``),
      ...design.events.map((e) => `events \`${e.name}\``),
    ];
    const outside = [
      ...design.domain.actors.map((a) => `${a.kind ?? 'actor'} \`${a.name}\``),
      ...design.dependencies.map((d) => `${d.kind ?? 'dependency'} \`${d.name}\``),
      ...data.referenced.map((d) => `data \`${d.name}\`${d.owner ? ` (owned by ${d.owner})` : ''}`),
    ];
    const surfaces = [...design.api.map((a) => ({ ...a, type: 'API' })), ...design.events.map((e) => ({ ...e, type: 'events' }))];
    const body = blocks(
      (inside.length > 0 || outside.length > 0) &&
        table(
          ['inside the service', 'outside the service'],
          Array.from({ length: Math.max(inside.length, outside.length) }, (_, i) => [inside[i] ?? '', outside[i] ?? '']),
        ),
      data.owned.length > 0 &&
        `**Owned data** (this service is the system of record)\n\n${table(
          ['data', 'store', 'PII', 'retention', 'encrypted at rest'],
          data.owned.map((d) => [
            d.name,
            d.store,
            d.pii.join(', '),
            d.retention?.text,
            d.encryptedAtRest === undefined ? undefined : d.encryptedAtRest ? 'yes' : 'no',
          ]),
        )}`,
      data.referenced.length > 0 &&
        `**Referenced data** (owned elsewhere)\n\n${table(
          ['data', 'owner', 'via', 'freshness'],
          data.referenced.map((d) => [d.name, d.owner, d.via, d.freshness?.text]),
        )}`,
      surfaces.length > 0 &&
        `**Public surface**\n\n${table(
          ['contract', 'type', 'file', 'stability', 'visibility', 'consumers'],
          surfaces.map((s) => [s.name, s.type, s.contract?.path, s.stability, s.visibility, s.consumers.join(', ')]),
        )}`,
      design.security?.tenantKey && bullets([`Tenant scoping on \`${design.security.tenantKey}\`.`]),
    );
    return body ? [{ id: 'boundaries', title: 'Boundaries', body }] : [];
  },
};

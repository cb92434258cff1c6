import { defineDesignRule } from '../../core/design-rule.js';
import { formatPercent, round } from '../../model/units.js';
import { endToEnd, entryPoints } from '../end-to-end.js';

export default defineDesignRule({
  id: 'system-end-to-end-availability',
  stage: 'failure-modes',
  category: 'system',
  severity: 'error',
  scope: 'system',
  description: 'From each entry point, the critical dependencies reached through the whole system allow the entry’s availability target.',
  rationale:
    'A request to the entry service fails when any critical dependency on its synchronous path fails, however many services deep. Each service checking only its direct dependencies misses the databases and providers two or three hops down; together they can make the entry’s target unreachable even if no service ever fails itself.',
  fix: 'Take the weakest deep dependency off the critical synchronous path (asynchronous hand-off, a replica or cache, a fallback), make it redundant, or lower the entry’s target to what the system allows.',
  verify: 'The system review’s end-to-end table shows each entry’s composite at or above its target.',
  references: ['Treynor et al., "The Calculus of Service Availability" (ACM Queue, 2017)', 'Google SRE book, ch. 3 "Embracing Risk"'],
  examples: {
    bad: [
      'archway: 1\nservice: { name: web }\nnfr: { availability: 99.95% }\ndependencies:\n  - { name: orders, kind: http, mode: sync, critical: true, timeout: 400ms }\n',
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: orders-db, kind: database, mode: sync, critical: true, availability: 99.9%, timeout: 50ms }\n',
    ],
    good: [
      'archway: 1\nservice: { name: web }\nnfr: { availability: 99.9% }\ndependencies:\n  - { name: orders, kind: http, mode: sync, critical: true, timeout: 400ms }\n',
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: orders-db, kind: database, mode: sync, critical: true, availability: 99.9%, timeout: 50ms }\n',
    ],
  },
  check({ system, report }) {
    for (const entry of entryPoints(system)) {
      const target = entry.nfr.availability;
      const figures = endToEnd(entry, system);
      // Only a path through other reviewed services is cross-service; composite-availability covers direct calls.
      if (!target || figures.services.length === 0 || figures.percent >= target.percent) continue;
      const known = figures.leaves.filter((l) => l.dependency.availability);
      if (!known.some((l) => l.via !== entry)) continue;
      const product = known.map((l) => `${l.dependency.name} ${formatPercent(l.dependency.availability!.percent)}`).join(' × ');
      report({
        design: entry,
        pointer: '/nfr/availability',
        message: `end to end from ${entry.service.name}, the critical synchronous dependencies multiply to ${product} = ${formatPercent(figures.percent)}, below its ${target.text} target by ${round(target.percent - figures.percent, 4)} points`,
        related: known.filter((l) => l.via !== entry).map((l) => ({ design: l.via, pointer: l.dependency.pointer })),
        data: {
          entry: entry.service.name,
          through: figures.services.map((d) => d.service.name),
          inputs: known.map((l) => ({ service: l.via.service.name, dependency: l.dependency.name, percent: l.dependency.availability!.percent })),
          unknown: figures.unknown,
          compositePercent: figures.percent,
          targetPercent: target.percent,
        },
      });
    }
  },
});

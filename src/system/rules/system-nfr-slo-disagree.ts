import { defineDesignRule } from '../../core/design-rule.js';
import { formatPercent } from '../../model/units.js';
import { edges } from '../promises.js';

export default defineDesignRule({
  id: 'system-nfr-slo-disagree',
  stage: 'failure-modes',
  category: 'system',
  severity: 'warn',
  scope: 'system',
  description: 'A service other reviewed services depend on states one availability: its NFR and its availability SLO agree.',
  rationale:
    'Callers read a dependency’s design to plan their own budgets. When its NFR says one availability and its SLO (what is measured and alerted on) another, each caller picks a number, and the system’s figures stop adding up.',
  fix: 'Make the NFR availability and the availability SLO objective the same number, then check the callers’ dependency figures against it.',
  verify: 'A system review reports no service whose NFR and SLO availability differ.',
  references: ['Google SRE book, ch. 4 "Service Level Objectives"'],
  examples: {
    bad: [
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 400ms }\n',
      'archway: 1\nservice: { name: payments }\nnfr: { availability: 99.95% }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\n',
    ],
    good: [
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 400ms }\n',
      'archway: 1\nservice: { name: payments }\nnfr: { availability: 99.9% }\nslos:\n  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }\n',
    ],
  },
  check({ system, report }) {
    const all = edges(system);
    for (const design of system) {
      const nfr = design.nfr.availability;
      const callers = all.filter((e) => e.callee === design);
      if (!nfr || callers.length === 0) continue;
      for (const slo of design.slos.filter((s) => s.sli.kind === 'availability' && s.objective.percent !== nfr.percent)) {
        const names = [...new Set(callers.map((c) => c.caller.service.name))];
        report({
          design,
          pointer: `${slo.pointer}/objective`,
          message: `${design.service.name} promises ${formatPercent(nfr.percent)} in nfr.availability but its SLO "${slo.name}" targets ${formatPercent(slo.objective.percent)}, and ${names.join(', ')} plan${names.length === 1 ? 's' : ''} with it`,
          related: [{ design, pointer: '/nfr/availability' }, ...callers.map((c) => ({ design: c.caller, pointer: c.dependency.pointer }))],
          data: { service: design.service.name, nfrPercent: nfr.percent, slo: slo.name, sloPercent: slo.objective.percent, callers: names },
        });
      }
    }
  },
});

import { defineDesignRule } from '../../core/design-rule.js';
import { formatMs, formatPercent, round } from '../../model/units.js';
import { edges, promisedAvailability, promisedP99 } from '../promises.js';

export default defineDesignRule({
  id: 'system-promise-mismatch',
  stage: 'failure-modes',
  category: 'system',
  severity: 'error',
  scope: 'system',
  description: 'A caller plans with no better availability or p99 for a dependency than the dependency itself promises.',
  rationale:
    'A caller that writes down 99.99% for a dependency whose own design promises 99.9% computes its composite availability, error budget and timeouts from a number nobody promised: its own targets are met on paper and missed in production.',
  fix: 'Use the callee’s promised figures in the caller’s dependency, or agree a better target with the callee’s owner and raise it in the callee’s design (NFR and SLO).',
  verify: 'A system review of all design files reports no dependency figure better than the callee’s own.',
  references: [
    'Google SRE book, ch. 4 "Service Level Objectives": SLOs of dependencies',
    'Treynor et al., "The Calculus of Service Availability" (ACM Queue, 2017)',
  ],
  examples: {
    bad: [
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, availability: 99.99%, latency: { p99: 100ms }, timeout: 400ms }\n',
      'archway: 1\nservice: { name: payments }\nnfr: { availability: 99.9%, latency: { p99: 300ms } }\n',
    ],
    good: [
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, availability: 99.9%, latency: { p99: 300ms }, timeout: 400ms }\n',
      'archway: 1\nservice: { name: payments }\nnfr: { availability: 99.9%, latency: { p99: 300ms } }\n',
    ],
  },
  check({ system, report }) {
    for (const { caller, dependency, callee } of edges(system)) {
      const promised = promisedAvailability(callee);
      const assumed = dependency.availability;
      if (promised && assumed && assumed.percent > promised.percent) {
        const gap = round(assumed.percent - promised.percent, 6);
        report({
          design: caller,
          pointer: `${dependency.pointer}/availability`,
          message: `${caller.service.name} plans with ${callee.service.name} at ${formatPercent(assumed.percent)} availability, but ${callee.service.name} promises ${formatPercent(promised.percent)} (${promised.source}): ${assumed.text} − ${promised.text} = ${gap} points nobody promised`,
          related: [{ design: callee, pointer: promised.pointer }],
          data: {
            caller: caller.service.name,
            callee: callee.service.name,
            figure: 'availability',
            assumedPercent: assumed.percent,
            promisedPercent: promised.percent,
            promisedBy: promised.source,
            gapPoints: gap,
          },
        });
      }
      const p99 = promisedP99(callee);
      const assumedP99 = dependency.latency?.p99;
      if (p99 && assumedP99 && assumedP99.ms < p99.ms) {
        report({
          design: caller,
          pointer: `${dependency.pointer}/latency/p99`,
          message: `${caller.service.name} plans with a ${formatMs(assumedP99.ms)} p99 for ${callee.service.name}, but ${callee.service.name} promises ${formatMs(p99.ms)} (nfr.latency.p99): ${formatMs(p99.ms)} − ${formatMs(assumedP99.ms)} = ${formatMs(p99.ms - assumedP99.ms)} faster than promised`,
          related: [{ design: callee, pointer: p99.pointer }],
          data: {
            caller: caller.service.name,
            callee: callee.service.name,
            figure: 'p99',
            assumedMs: assumedP99.ms,
            promisedMs: p99.ms,
            gapMs: p99.ms - assumedP99.ms,
          },
        });
      }
    }
  },
});

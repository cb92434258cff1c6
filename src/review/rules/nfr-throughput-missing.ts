import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'nfr-throughput-missing',
  stage: 'constraints',
  category: 'constraints',
  severity: 'info',
  description: 'The service states its peak throughput in requests per second.',
  rationale:
    'Peak load sizes queues, consumers, connection pools and rate limits, and decides whether an SLO objective is measurable at all: at 1 request per minute, 99.99% cannot be observed.',
  fix: 'Add `nfr.throughput.peakRps` (and `averageRps` if known) from traffic data or a forecast.',
  verify: 'A load test at the stated peak holds the latency and error targets.',
  references: ['Release It! 2nd ed., ch. 4 "Stability Antipatterns: Unbalanced Capacities"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr:\n  availability: 99.9%\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr:\n  throughput: { peakRps: 1200 }\n',
  },
  check({ design, report }) {
    if (design.nfr.throughput?.peakRps !== undefined) return;
    report({
      pointer: design.nfr.throughput ? '/nfr/throughput' : design.source.document.has('nfr') ? '/nfr' : '',
      message: 'the service states no peak throughput, so capacity, queue sizing and rate limits have nothing to be checked against',
    });
  },
});

import { defineDesignRule } from '../../core/design-rule.js';

const TAIL = ['p95', 'p99', 'p999'] as const;

export default defineDesignRule({
  id: 'nfr-latency-missing',
  stage: 'constraints',
  category: 'constraints',
  severity: 'warn',
  description: 'The service states a latency target at a tail percentile (p95, p99 or p99.9).',
  rationale:
    'A latency target without a percentile cannot be measured, and a median alone hides the slow requests users notice. Timeout budgets, latency SLOs and the critical-path budget are all checked against the tail target.',
  fix: 'Add `nfr.latency.p99` (or p95) with the latency users must see, e.g. `p99: 300ms`.',
  verify: 'A load test at peak throughput reports the stated tail percentile per endpoint.',
  references: ['Google SRE book, ch. 4 "Service Level Objectives"', 'Gil Tene, "How NOT to Measure Latency"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nnfr:\n  latency: { p50: 80ms }\n',
    good: 'archway: 1\nservice: { name: orders }\nnfr:\n  latency: { p50: 80ms, p99: 300ms }\n',
  },
  check({ design, report }) {
    const latency = design.nfr.latency;
    if (latency && TAIL.some((p) => latency[p])) return;
    report({
      pointer: latency ? '/nfr/latency' : design.source.document.has('nfr') ? '/nfr' : '',
      message: latency
        ? 'the latency target has no tail percentile (p95, p99 or p999), so the slow requests users notice are unmeasured'
        : 'the service states no latency target, so no timeout or latency budget can be checked against one',
    });
  },
});

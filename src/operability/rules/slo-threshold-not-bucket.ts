import { formatMs } from '../../model/units.js';
import { defineDesignRule } from '../../core/design-rule.js';
import { bucketsSeconds } from '../metrics.js';

export default defineDesignRule({
  id: 'slo-threshold-not-bucket',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'error',
  description: 'A latency SLO’s threshold is a boundary of the duration histogram.',
  rationale:
    'A latency SLI counts requests in the histogram bucket at the threshold. Prometheus has no bucket for 300ms when the boundaries are 250ms and 500ms, so the SLI is either not computable or silently measures a different threshold.',
  fix: 'Move the threshold to a bucket boundary (OpenTelemetry defaults: 5ms … 10s, e.g. 250ms or 500ms), or declare the service’s real boundaries in `telemetry.metrics.buckets`.',
  verify: 'The recording rule for the latency SLI returns data in staging.',
  references: ['Prometheus docs, "Histograms and summaries"', 'OpenTelemetry semantic conventions, http.server.request.duration'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\nslos:\n  - { name: latency, sli: { kind: latency, threshold: 300ms }, objective: 99%, window: 28d }\n',
    good: 'archway: 1\nservice: { name: orders }\nslos:\n  - { name: latency, sli: { kind: latency, threshold: 250ms }, objective: 99%, window: 28d }\n',
  },
  check({ design, report }) {
    const buckets = bucketsSeconds(design);
    for (const slo of design.slos) {
      const threshold = slo.sli.threshold;
      if (slo.sli.kind !== 'latency') continue;
      if (!threshold) {
        report({ pointer: `${slo.pointer}/sli`, message: `latency SLO "${slo.name}" has no threshold, so no request can be judged slow` });
        continue;
      }
      if (buckets.some((b) => Math.abs(b * 1000 - threshold.ms) < 1e-6)) continue;
      const below = buckets.filter((b) => b * 1000 < threshold.ms).at(-1);
      const above = buckets.find((b) => b * 1000 > threshold.ms);
      report({
        pointer: `${slo.pointer}/sli/threshold`,
        message: `latency threshold ${threshold.text} of SLO "${slo.name}" is not a histogram bucket boundary (nearest: ${[below, above]
          .filter((b) => b !== undefined)
          .map((b) => formatMs(b! * 1000))
          .join(' and ')})`,
        data: { thresholdMs: threshold.ms, bucketsSeconds: buckets },
      });
    }
  },
});

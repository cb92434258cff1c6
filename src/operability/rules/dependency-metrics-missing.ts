import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'dependency-metrics-missing',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'info',
  description: 'Calls to dependencies are measured from this side (client-side latency and errors).',
  rationale:
    'A dependency’s own dashboards show what it served, not what this service waited for: timeouts, connection errors and queueing in the client are invisible there. During an incident, “is it us or them?” needs client-side metrics.',
  fix: 'Set `telemetry.metrics.clientSide: true` and instrument each client (OpenTelemetry `http.client.request.duration`).',
  verify: 'The dashboard’s dependency panels show latency and errors for every dependency in staging.',
  references: ['OpenTelemetry semantic conventions, http.client.request.duration'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 300ms }\n',
    good: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 300ms }\ntelemetry: { metrics: { clientSide: true } }\n',
  },
  check({ design, report }) {
    const outbound = design.dependencies.filter((d) => d.direction !== 'inbound');
    if (outbound.length === 0 || design.telemetry?.metrics?.clientSide) return;
    report({
      pointer: design.telemetry ? '/telemetry' : '',
      message: `calls to ${outbound.map((d) => d.name).join(', ')} are not measured from this side, so “is it us or them?” cannot be answered from metrics`,
    });
  },
});

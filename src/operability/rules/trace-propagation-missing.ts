import { defineDesignRule } from '../../core/design-rule.js';

export default defineDesignRule({
  id: 'trace-propagation-missing',
  stage: 'failure-modes',
  category: 'operability',
  severity: 'warn',
  description: 'The service propagates trace context (W3C traceparent or B3) and names its correlation header.',
  rationale:
    'A request that crosses services without a propagated trace id cannot be followed: each service’s logs and spans are islands, and the slow or failing hop has to be guessed.',
  fix: 'Set `telemetry.propagation: w3c` and `telemetry.correlationHeader: traceparent`, and log the trace id with every line.',
  verify: 'A request through staging appears as one trace across every service it touches.',
  references: ['W3C Trace Context Recommendation', 'OpenTelemetry, "Context propagation"'],
  examples: {
    bad: 'archway: 1\nservice: { name: orders }\ntelemetry: { logs: { format: json, redact: [] } }\n',
    good: 'archway: 1\nservice: { name: orders }\ntelemetry: { propagation: w3c, correlationHeader: traceparent }\n',
  },
  check({ design, report }) {
    const telemetry = design.telemetry;
    if (telemetry?.propagation && telemetry.propagation !== 'none' && telemetry.correlationHeader) return;
    const what = !telemetry?.propagation || telemetry.propagation === 'none' ? 'propagates no trace context' : 'names no correlation header';
    report({ pointer: telemetry ? '/telemetry' : '', message: `the service ${what}, so a request cannot be followed across services` });
  },
});

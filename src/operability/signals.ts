import type { Dependency, Design } from '../model/types.js';
import { requestsCounter } from './metrics.js';

/**
 * Alerts on the signals themselves and on what the service consumes, beside the burn-rate alerts:
 * the SLI series stop arriving (`absent()`: a silent exporter would otherwise look like a perfect
 * SLO), a consumed queue or topic lags, or messages land in its dead-letter queue.
 */
export interface SignalAlert {
  name: string;
  expr: string;
  for: string;
  summary: string;
  description: string;
  runbook: string;
  /** What the runbook tells the responder to check first. */
  checks: string[];
}

/** Consumer lag and dead letters, as the OpenTelemetry messaging conventions name them once exported to Prometheus. */
export const LAG_METRIC = 'messaging_consumer_lag_messages';
export const DEAD_LETTER_METRIC = 'messaging_dead_letter_messages_total';

const pascal = (text: string) => text.replace(/(^|[^a-zA-Z0-9])([a-zA-Z0-9])/g, (_, __, c: string) => c.toUpperCase());
const kebab = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Queues and topics the service consumes. */
export function consumed(design: Design): Dependency[] {
  return design.dependencies.filter((d) => d.direction === 'inbound' && (d.kind === 'queue' || d.kind === 'topic'));
}

/** The backlog that pages a ticket: the declared maximum, else five minutes of peak arrivals, else 1000 messages. */
export function lagLimit(dependency: Dependency): { messages: number; why: string } {
  if (dependency.maxBacklog !== undefined) return { messages: dependency.maxBacklog, why: `maxBacklog ${dependency.maxBacklog}` };
  if (dependency.arrivalRps !== undefined)
    return { messages: Math.ceil(dependency.arrivalRps * 300), why: `5 minutes of arrivals at ${dependency.arrivalRps} rps` };
  return { messages: 1000, why: 'no arrival rate or maxBacklog declared' };
}

export function signalAlerts(design: Design): SignalAlert[] {
  const service = design.service.name;
  const base = pascal(service);
  const counter = requestsCounter(design);
  const alerts: SignalAlert[] = [];
  if (design.slos.length > 0) {
    alerts.push({
      name: `${base}SliMissing`,
      expr: `absent(${counter}{job="${service}"})`,
      for: '15m',
      summary: `${service} reports no ${counter} series`,
      description: `No ${counter} series from job ${service} for 15 minutes: every SLO of ${service} is blind, and its burn-rate alerts cannot fire.`,
      runbook: `${kebab(service)}-sli-missing.md`,
      checks: [
        `Is ${service} running and scraped (\`up{job="${service}"}\`)?`,
        `Did a release rename ${counter} or its labels?`,
        'Is the exporter or the collector between the service and Prometheus healthy?',
      ],
    });
  }
  for (const dependency of consumed(design)) {
    const destination = `job="${service}",messaging_destination_name="${dependency.name}"`;
    const limit = lagLimit(dependency);
    alerts.push({
      name: `${base}${pascal(dependency.name)}ConsumerLag`,
      expr: `sum(${LAG_METRIC}{${destination}}) > ${limit.messages}`,
      for: '10m',
      summary: `${service} lags behind ${dependency.name}`,
      description: `${service}'s consumers of ${dependency.kind} ${dependency.name} are more than ${limit.messages} messages behind (${limit.why}) for 10 minutes.`,
      runbook: `${kebab(`${service}-${dependency.name}`)}-consumer-lag.md`,
      checks: [
        `Are ${dependency.consumers ?? 'the'} consumers running and not crash-looping?`,
        dependency.consumerRps !== undefined && dependency.arrivalRps !== undefined
          ? `Capacity is ${dependency.consumers ?? 1} × ${dependency.consumerRps} = ${(dependency.consumers ?? 1) * dependency.consumerRps} msg/s against ${dependency.arrivalRps} msg/s arriving: has the arrival rate risen, or a downstream call slowed the handler?`
          : 'Has the arrival rate risen, or a downstream call slowed the handler?',
        'Is one poison message being retried at the head of a partition?',
      ],
    });
    if (dependency.dlq) {
      alerts.push({
        name: `${base}${pascal(dependency.name)}DeadLetters`,
        expr: `sum(increase(${DEAD_LETTER_METRIC}{${destination}}[15m])) > 0`,
        for: '0m',
        summary: `${service} dead-lettered messages from ${dependency.name}`,
        description: `Messages from ${dependency.name} reached ${service}'s dead-letter queue in the last 15 minutes: each is work not done.`,
        runbook: `${kebab(`${service}-${dependency.name}`)}-dead-letters.md`,
        checks: [
          'Read one dead-lettered message and its error: a schema change, bad data, or a failing downstream call?',
          'Fix the cause, then replay the dead-letter queue; replays must be idempotent.',
        ],
      });
    }
  }
  return alerts;
}

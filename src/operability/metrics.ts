import type { Dependency, Design, Slo } from '../model/types.js';

/**
 * Metric names follow the OpenTelemetry HTTP semantic conventions as the Prometheus exporter
 * writes them (`http.server.request.duration` in seconds → `http_server_request_duration_seconds`).
 */
export const DEFAULT_SERVER_DURATION = 'http_server_request_duration_seconds';
export const STATUS_LABEL = 'http_response_status_code';

/** Default OTel histogram boundaries for HTTP durations, in seconds. */
export const DEFAULT_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

export function durationMetric(design: Design, slo?: Slo): string {
  return slo?.sli.metric ?? design.telemetry?.metrics?.duration ?? DEFAULT_SERVER_DURATION;
}

/**
 * The counter of requests an availability SLI divides by: the duration histogram's `_count`,
 * unless the design names a separate request counter (`telemetry.metrics.requests`, e.g.
 * `http_requests_total`). An SLO's own `sli.metric` names a histogram and wins over both.
 */
export function requestsCounter(design: Design, slo?: Slo): string {
  const counter = design.telemetry?.metrics?.requests;
  return counter && !slo?.sli.metric ? counter : `${durationMetric(design, slo)}_count`;
}

/** Label matchers selecting the service's own requests (the exporter's job label is the service name). */
export function selector(design: Design, slo?: Slo): string {
  return [`job="${design.service.name}"`, ...(slo?.sli.selector ? [slo.sli.selector] : [])].join(',');
}

export function bucketsSeconds(design: Design): number[] {
  const declared = design.telemetry?.metrics?.buckets;
  return declared && declared.length > 0 ? declared.map((d) => d.ms / 1000) : DEFAULT_BUCKETS_S;
}

/** PromQL for the ratio of bad events over a window: errors for availability, slow requests for latency. */
export function badRatioExpr(design: Design, slo: Slo, window: string): string {
  const sel = selector(design, slo);
  if (slo.sli.kind === 'availability') {
    const counter = requestsCounter(design, slo);
    const errors = slo.sli.errorStatuses ?? '5..';
    return `sum(rate(${counter}{${sel},${STATUS_LABEL}=~"${errors}"}[${window}])) / sum(rate(${counter}{${sel}}[${window}]))`;
  }
  const metric = durationMetric(design, slo);
  const le = formatLe(slo.sli.threshold!.ms / 1000);
  return `1 - (sum(rate(${metric}_bucket{${sel},le="${le}"}[${window}])) / sum(rate(${metric}_count{${sel}}[${window}])))`;
}

/** Prometheus writes bucket bounds as Go floats: 0.5, 1, 2.5. */
export function formatLe(seconds: number): string {
  return String(Number(seconds.toPrecision(12)));
}

/**
 * The client-side histogram OpenTelemetry instrumentation records for a call to the dependency,
 * by kind: HTTP and webhooks `http.client.request.duration`, gRPC `rpc.client.call.duration`,
 * databases and caches `db.client.operation.duration`, queues and topics
 * `messaging.client.operation.duration`. All are in seconds and set `error.type` on failure.
 * The dependency is matched by `server.address`, or the destination name for messaging.
 */
export function clientMetric(dependency: Dependency): { metric: string; matcher: string } {
  switch (dependency.kind) {
    case 'grpc':
      return { metric: 'rpc_client_call_duration_seconds', matcher: `server_address="${dependency.name}"` };
    case 'database':
    case 'cache':
      return { metric: 'db_client_operation_duration_seconds', matcher: `server_address="${dependency.name}"` };
    case 'queue':
    case 'topic':
      return { metric: 'messaging_client_operation_duration_seconds', matcher: `messaging_destination_name="${dependency.name}"` };
    default:
      return { metric: 'http_client_request_duration_seconds', matcher: `server_address="${dependency.name}"` };
  }
}

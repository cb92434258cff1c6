import type { Design, Slo } from '../model/types.js';

/**
 * Metric names follow the OpenTelemetry HTTP semantic conventions as the Prometheus exporter
 * writes them (`http.server.request.duration` in seconds → `http_server_request_duration_seconds`).
 */
export const DEFAULT_SERVER_DURATION = 'http_server_request_duration_seconds';
export const DEFAULT_CLIENT_DURATION = 'http_client_request_duration_seconds';
export const STATUS_LABEL = 'http_response_status_code';

/** Default OTel histogram boundaries for HTTP durations, in seconds. */
export const DEFAULT_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

export function durationMetric(design: Design, slo?: Slo): string {
  return slo?.sli.metric ?? design.telemetry?.metrics?.duration ?? DEFAULT_SERVER_DURATION;
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
  const metric = durationMetric(design, slo);
  const sel = selector(design, slo);
  const total = `sum(rate(${metric}_count{${sel}}[${window}]))`;
  if (slo.sli.kind === 'availability') {
    const errors = slo.sli.errorStatuses ?? '5..';
    return `sum(rate(${metric}_count{${sel},${STATUS_LABEL}=~"${errors}"}[${window}])) / ${total}`;
  }
  const le = formatLe(slo.sli.threshold!.ms / 1000);
  return `1 - (sum(rate(${metric}_bucket{${sel},le="${le}"}[${window}])) / ${total})`;
}

/** Prometheus writes bucket bounds as Go floats: 0.5, 1, 2.5. */
export function formatLe(seconds: number): string {
  return String(Number(seconds.toPrecision(12)));
}

import type { Dependency, Design } from './types.js';

/** Calls that block a request: declared sync, or a kind that is request/response by nature (object storage too: a GET or PUT waits). */
export function isSynchronous(dependency: Dependency): boolean {
  if (dependency.mode) return dependency.mode === 'sync';
  return (
    dependency.kind === 'http' ||
    dependency.kind === 'grpc' ||
    dependency.kind === 'database' ||
    dependency.kind === 'cache' ||
    dependency.kind === 'object-storage'
  );
}

/** The tail latency target the service is held to: p99, else p999, else p95. */
export function tailLatency(design: Design) {
  const latency = design.nfr.latency;
  return latency?.p99 ?? latency?.p999 ?? latency?.p95;
}

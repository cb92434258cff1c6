import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SystemShape {
  /** Each service calls `fanOut` services synchronously: the next ones (a chain, issue #12's worst case) or its children in a tree. */
  fanOut: number;
  /** `tree`: service i calls fanOut·i+1 … fanOut·i+fanOut, a layered system a few calls deep. */
  layout?: 'chain' | 'tree';
  /** Every `cycleEvery`-th service also calls back `cycleBack` services, closing a synchronous cycle. */
  cycleEvery?: number;
  cycleBack?: number;
}

/**
 * The design files of a generated system, by service name: s0 … s<count-1>, each calling the
 * next ones with one retry (2 attempts a hop), so the number of call paths grows exponentially
 * while the graph grows linearly: the input for the scaling tests and the system benchmark.
 */
export function syntheticSystem(count: number, shape: SystemShape): Map<string, string> {
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const first = shape.layout === 'tree' ? shape.fanOut * i + 1 : i + 1;
    const callees = Array.from({ length: shape.fanOut }, (_, k) => first + k).filter((j) => j < count);
    if (shape.cycleEvery && i % shape.cycleEvery === shape.cycleEvery - 1 && i >= (shape.cycleBack ?? 1)) callees.push(i - (shape.cycleBack ?? 1));
    const dependencies = callees.map(
      (j) =>
        `  - { name: s${j}, kind: http, mode: sync, critical: true, availability: 99.99%, latency: { p99: 40ms }, timeout: 100ms, retries: { max: 1, backoff: exponential, baseDelay: 10ms, jitter: true }, idempotent: true, circuitBreaker: { failureRate: 50%, window: 30s } }`,
    );
    files.set(
      `s${i}`,
      [
        'archway: 1',
        `service: { name: s${i}, owner: team-${i % 7}, description: Generated service ${i}. }`,
        'data:',
        `  owned: [{ name: record-${i}, store: postgres, retention: 1y }]`,
        'nfr:',
        '  latency: { p99: 300ms }',
        '  availability: 99.9%',
        `dependencies:${dependencies.length ? `\n${dependencies.join('\n')}` : ' []'}`,
        'slos:',
        '  - { name: availability, sli: { kind: availability }, objective: 99.9%, window: 28d }',
        '',
      ].join('\n'),
    );
  }
  return files;
}

/** Writes the system under `dir` as `<service>/archway.yaml` and returns the paths in service order. */
export function writeSyntheticSystem(dir: string, count: number, shape: SystemShape): string[] {
  return [...syntheticSystem(count, shape)].map(([name, text]) => {
    mkdirSync(join(dir, name), { recursive: true });
    const path = join(dir, name, 'archway.yaml');
    writeFileSync(path, text);
    return path;
  });
}

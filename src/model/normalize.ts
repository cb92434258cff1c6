import { resolve } from 'node:path';
import type { YamlSourceFile } from '../core/source.js';
import type * as T from './types.js';
import { parseDuration, parsePercent, parseSize, type Duration, type Percent } from './units.js';

// The schema has already checked every shape, so these readers only convert.
type Raw = Record<string, any>;

const duration = (text: string | undefined): Duration | undefined => (text === undefined ? undefined : parseDuration(text));
const percent = (text: string | undefined): Percent | undefined => (text === undefined ? undefined : parsePercent(text));

const DEFAULT_SLO_WINDOW: Duration = { ms: 28 * 86_400_000, text: '28d' };

export function normalizeDesign(raw: Raw, source: YamlSourceFile, baseDir: string): T.Design {
  const contract = (value: string | undefined, pointer: string): T.ContractRef | undefined =>
    value === undefined ? undefined : { path: value, absolutePath: resolve(baseDir, value), pointer: `${pointer}/contract` };
  const list = <R>(items: Raw[] | undefined, base: string, map: (item: Raw, pointer: string) => R): R[] =>
    (items ?? []).map((item, index) => map(item, `${base}/${index}`));
  const surface = (item: Raw, pointer: string): T.ContractSurface => ({
    ...item,
    pointer,
    name: item.name,
    contract: contract(item.contract, pointer),
    consumers: item.consumers ?? [],
  });

  return {
    file: source.path,
    source,
    service: { ...raw.service },
    domain: {
      useCases: raw.domain?.useCases ?? [],
      actors: list(raw.domain?.actors, '/domain/actors', (a, pointer) => ({ ...a, pointer }) as T.Actor),
    },
    data: {
      owned: list(raw.data?.owned, '/data/owned', (d, pointer) => ({ ...d, pointer, name: d.name, pii: d.pii ?? [], retention: duration(d.retention) })),
      referenced: list(raw.data?.referenced, '/data/referenced', (d, pointer) => ({ ...d, pointer, name: d.name, freshness: duration(d.freshness) })),
    },
    nfr: normalizeNfr(raw.nfr ?? {}),
    done: list(raw.done, '/done', (text, pointer) => ({ text: text as unknown as string, pointer })),
    api: list(raw.api, '/api', surface),
    events: list(raw.events, '/events', surface),
    dependencies: list(raw.dependencies, '/dependencies', (d, pointer) => normalizeDependency(d, pointer, contract(d.contract, pointer))),
    recovery: raw.recovery && {
      ...raw.recovery,
      pointer: '/recovery',
      rpo: duration(raw.recovery.rpo),
      rto: duration(raw.recovery.rto),
      regions: raw.recovery.regions ?? [],
      replication: duration(raw.recovery.replication),
      backups: raw.recovery.backups && {
        ...raw.recovery.backups,
        interval: duration(raw.recovery.backups.interval)!,
        retention: duration(raw.recovery.backups.retention),
        restoreTest: duration(raw.recovery.backups.restoreTest),
      },
    },
    jobs: list(raw.jobs, '/jobs', (j, pointer) => ({
      ...j,
      pointer,
      name: j.name,
      schedule: j.schedule,
      duration: duration(j.duration),
      reads: j.reads ?? [],
      writes: j.writes ?? [],
    })),
    slos: list(raw.slos, '/slos', (s, pointer) => ({
      ...s,
      pointer,
      name: s.name,
      sli: { ...s.sli, threshold: duration(s.sli.threshold) },
      objective: percent(s.objective)!,
      window: duration(s.window) ?? DEFAULT_SLO_WINDOW,
      page: s.page ?? true,
    })),
    telemetry: raw.telemetry && {
      ...raw.telemetry,
      logs: raw.telemetry.logs && { ...raw.telemetry.logs, redact: raw.telemetry.logs.redact ?? [] },
      traces: raw.telemetry.traces && { sampling: percent(raw.telemetry.traces.sampling) },
      metrics: raw.telemetry.metrics && { ...raw.telemetry.metrics, buckets: raw.telemetry.metrics.buckets?.map((b: string) => parseDuration(b)!) },
    },
    security: raw.security && {
      ...raw.security,
      cors: raw.security.cors && { ...raw.security.cors, origins: raw.security.cors.origins ?? [] },
      rateLimits: raw.security.rateLimits ?? [],
      authorization: raw.security.authorization && { roles: [], scopes: [], attributes: [], ...raw.security.authorization },
    },
    operability: raw.operability,
    rollout: raw.rollout && {
      ...raw.rollout,
      pointer: '/rollout',
      steps: (raw.rollout.steps ?? []).map((s: string) => percent(s)!),
      bake: duration(raw.rollout.bake),
      flags: raw.rollout.flags ?? [],
      migrations: list(raw.rollout.migrations, '/rollout/migrations', (m, pointer) => ({ ...m, pointer }) as T.Migration),
      rollback: raw.rollout.rollback && { ...raw.rollout.rollback, steps: raw.rollout.rollback.steps ?? [] },
    },
    decisions: list(raw.decisions, '/decisions', (d, pointer) => ({ ...d, pointer }) as T.DecisionPoint),
  };
}

function normalizeNfr(nfr: Raw): T.Nfr {
  return {
    ...nfr,
    latency: nfr.latency && latencyTargets(nfr.latency),
    throughput: nfr.throughput && {
      ...nfr.throughput,
      payload: nfr.throughput.payload === undefined ? undefined : parseSize(nfr.throughput.payload),
    },
    availability: percent(nfr.availability),
    consistency: nfr.consistency ?? {},
    privacy: nfr.privacy && { ...nfr.privacy, regimes: nfr.privacy.regimes ?? [] },
    deadline: duration(nfr.deadline),
  };
}

function latencyTargets(raw: Raw): T.LatencyTargets {
  const targets: T.LatencyTargets = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith('x-')) targets[key as T.LatencyPercentile] = duration(value as string);
  }
  return targets;
}

function normalizeDependency(d: Raw, pointer: string, contract: T.ContractRef | undefined): T.Dependency {
  return {
    ...d,
    pointer,
    name: d.name,
    direction: d.direction ?? 'outbound',
    critical: d.critical ?? false,
    availability: percent(d.availability),
    latency: d.latency && latencyTargets(d.latency),
    timeout: duration(d.timeout),
    deadline: duration(d.deadline),
    retries: d.retries && {
      ...d.retries,
      baseDelay: duration(d.retries.baseDelay),
      maxDelay: duration(d.retries.maxDelay),
      on: d.retries.on ?? [],
      budget: percent(d.retries.budget),
    },
    circuitBreaker: d.circuitBreaker && {
      ...d.circuitBreaker,
      failureRate: percent(d.circuitBreaker.failureRate),
      window: duration(d.circuitBreaker.window),
      openFor: duration(d.circuitBreaker.openFor),
    },
    idempotent: d.idempotent ?? false,
    idempotencyKey: d.idempotencyKey ?? false,
    contract,
  };
}

import type { YamlSourceFile } from '../core/source.js';
import type { Duration, Percent, Size } from './units.js';

/**
 * The normalised design: units parsed, defaults explicit, and every list item carrying the
 * JSON pointer of the node it came from so findings can point at it.
 */
export interface Design {
  /** Absolute path of the design file. */
  file: string;
  source: YamlSourceFile;
  service: Service;
  domain: { useCases: string[]; actors: Actor[] };
  data: { owned: OwnedData[]; referenced: ReferencedData[] };
  nfr: Nfr;
  done: DoneCriterion[];
  api: ContractSurface[];
  events: ContractSurface[];
  dependencies: Dependency[];
  recovery?: Recovery;
  jobs: Job[];
  slos: Slo[];
  telemetry?: Telemetry;
  security?: SecurityPosture;
  operability?: { runbookBaseUrl?: string; dashboardBaseUrl?: string; escalation?: string };
  rollout?: Rollout;
  decisions: DecisionPoint[];
}

export interface Located {
  /** JSON pointer of this node in the design file. */
  pointer: string;
}

export interface Service {
  name: string;
  owner?: string;
  description?: string;
  tier?: 1 | 2 | 3;
  repository?: string;
}

export interface Actor extends Located {
  name: string;
  kind?: 'human' | 'service' | 'system';
  description?: string;
}

export interface OwnedData extends Located {
  name: string;
  store?: string;
  pii: string[];
  retention?: Duration;
  encryptedAtRest?: boolean;
  tenantScoped?: boolean;
  deletion?: string;
  description?: string;
}

export interface ReferencedData extends Located {
  name: string;
  owner?: string;
  via?: 'api' | 'event' | 'replica' | 'database' | 'file';
  freshness?: Duration;
  description?: string;
}

export type LatencyPercentile = 'p50' | 'p90' | 'p95' | 'p99' | 'p999';
export type LatencyTargets = Partial<Record<LatencyPercentile, Duration>>;

export interface Nfr {
  latency?: LatencyTargets;
  throughput?: { peakRps?: number; averageRps?: number; payload?: Size; /** UTC, "09:00-18:00". */ peakHours?: string };
  availability?: Percent;
  consistency: Record<string, 'strong' | 'eventual' | 'causal' | 'read-your-writes'>;
  privacy?: { regimes: string[]; residency?: string };
  deadline?: Duration;
  multiTenant?: boolean;
}

export interface DoneCriterion extends Located {
  text: string;
}

export type Stability = 'experimental' | 'alpha' | 'beta' | 'stable' | 'deprecated';

export interface ContractRef {
  /** As written in the design file. */
  path: string;
  absolutePath: string;
  /** Pointer of the `contract` key in the design file. */
  pointer: string;
}

export interface ContractSurface extends Located {
  name: string;
  contract?: ContractRef;
  stability?: Stability;
  visibility?: 'public' | 'partner' | 'internal';
  role?: 'publish' | 'consume' | 'both';
  consumers: string[];
  description?: string;
}

export type DependencyKind = 'http' | 'grpc' | 'queue' | 'topic' | 'webhook' | 'database' | 'cache' | 'object-storage';

export interface Retries {
  max: number;
  backoff?: 'none' | 'constant' | 'linear' | 'exponential';
  baseDelay?: Duration;
  maxDelay?: Duration;
  jitter?: boolean;
  on: Array<string | number>;
  budget?: Percent;
}

export interface Dependency extends Located {
  name: string;
  description?: string;
  /** Left open when the design wants archway to recommend it. */
  kind?: DependencyKind;
  mode?: 'sync' | 'async';
  direction: 'outbound' | 'inbound';
  critical: boolean;
  availability?: Percent;
  latency?: LatencyTargets;
  timeout?: Duration;
  deadline?: Duration;
  retries?: Retries;
  circuitBreaker?: { failureRate?: Percent; window?: Duration; minRequests?: number; openFor?: Duration };
  fallback?: string;
  idempotent: boolean;
  idempotencyKey: boolean;
  parallel?: string;
  fanOut?: { max?: number | 'unbounded'; concurrency?: number; bulkhead?: boolean };
  callsPerRequest?: number;
  delivery?: 'at-most-once' | 'at-least-once' | 'exactly-once';
  dlq?: boolean;
  dedupKey?: string;
  outbox?: boolean;
  cdc?: boolean;
  ordering?: string;
  consumers?: number;
  consumerRps?: number;
  arrivalRps?: number;
  maxBacklog?: number;
  contract?: ContractRef;
}

export interface Slo extends Located {
  name: string;
  description?: string;
  sli: {
    kind: 'availability' | 'latency';
    threshold?: Duration;
    metric?: string;
    errorStatuses?: string;
    selector?: string;
  };
  objective: Percent;
  /** Defaults to 28d. */
  window: Duration;
  page: boolean;
}

export interface Telemetry {
  propagation?: 'w3c' | 'b3' | 'jaeger' | 'none';
  correlationHeader?: string;
  logs?: { format?: 'json' | 'logfmt' | 'text'; redact: string[] };
  metrics?: { clientSide?: boolean; requests?: string; duration?: string; buckets?: Duration[] };
  traces?: { sampling?: Percent };
}

export interface Recovery extends Located {
  rpo?: Duration;
  rto?: Duration;
  regions: string[];
  zones?: number;
  replication?: Duration;
  backups?: { interval: Duration; retention?: Duration; restoreTest?: Duration };
}

export interface Job extends Located {
  name: string;
  /** Cron, UTC. */
  schedule: string;
  duration?: Duration;
  reads: string[];
  writes: string[];
  description?: string;
}

export interface Authorization {
  model: 'rbac' | 'scopes' | 'abac' | 'acl';
  roles: string[];
  scopes: string[];
  attributes: string[];
  tenantKey?: string;
}

export interface SecurityPosture {
  authentication?: string;
  tenantKey?: string;
  authorization?: Authorization;
  cors?: { origins: string[]; credentials?: boolean };
  rateLimits: string[];
}

export interface Migration extends Located {
  name: string;
  phase?: 'expand' | 'migrate' | 'contract';
  reversible?: boolean;
  description?: string;
}

export interface Rollout extends Located {
  strategy?: 'canary' | 'blue-green' | 'rolling' | 'dark-launch' | 'big-bang';
  steps: Percent[];
  bake?: Duration;
  flags: string[];
  migrations: Migration[];
  rollback?: { automatic?: boolean; trigger?: string; steps: string[] };
}

export interface DecisionPoint extends Located {
  id: string;
  question: string;
  subject?: string;
  chosen?: string;
  context?: string;
}

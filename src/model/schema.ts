/**
 * JSON Schema (draft-07) of `archway.yaml` version 1: the source of truth for validation
 * and for `schema/archway.schema.json`, which editors use for completion.
 * Durations, percentages and sizes are strings checked by the formats in ./units.ts.
 */
const duration = { type: 'string', format: 'duration', description: 'A duration: 250ms, 30s, 5m, 2h, 28d, 7y.' };
const percent = { type: 'string', format: 'percent', description: 'A percentage: 99.95%.' };
const size = { type: 'string', format: 'size', description: 'A size: 512B, 64KB, 10MB, 1GiB.' };
const names = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
const text = { type: 'string', minLength: 1 };
const stability = {
  enum: ['experimental', 'alpha', 'beta', 'stable', 'deprecated'],
  description: 'What consumers may rely on: stable changes only compatibly; beta/alpha may break with notice.',
};

function object(properties: Record<string, unknown>, required: string[] = [], description?: string) {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required,
    patternProperties: { '^x-': {} },
    additionalProperties: false,
  };
}

const latency = object({ p50: duration, p90: duration, p95: duration, p99: duration, p999: duration }, [], 'Latency percentiles.');

const retries = object(
  {
    max: { type: 'integer', minimum: 0, maximum: 20, description: 'Retries after the first attempt.' },
    backoff: { enum: ['none', 'constant', 'linear', 'exponential'] },
    baseDelay: duration,
    maxDelay: duration,
    jitter: { type: 'boolean' },
    on: { type: 'array', items: { type: ['string', 'integer'] }, description: 'Conditions that retry: timeout, 503, connection-reset…' },
    budget: { ...percent, description: 'Retry budget: retries at most this share of requests.' },
  },
  ['max'],
);

const dependency = object(
  {
    name: text,
    description: text,
    kind: { enum: ['http', 'grpc', 'queue', 'topic', 'webhook', 'database', 'cache', 'object-storage'] },
    mode: { enum: ['sync', 'async'] },
    direction: { enum: ['outbound', 'inbound'], description: 'outbound: this service calls or publishes; inbound: it consumes.' },
    critical: { type: 'boolean', description: 'A request fails when this dependency fails.' },
    availability: percent,
    latency,
    timeout: duration,
    deadline: { ...duration, description: 'Overall time budget for this call across all attempts; caps its worst case.' },
    retries,
    circuitBreaker: object({ failureRate: percent, window: duration, minRequests: { type: 'integer', minimum: 1 }, openFor: duration }),
    fallback: { type: 'string', description: 'What the service does when the dependency is down (cache, default, queue).' },
    idempotent: { type: 'boolean', description: 'The call is naturally idempotent (a read, a PUT of a full state).' },
    idempotencyKey: { type: 'boolean', description: 'Calls carry an idempotency key, so retries cannot duplicate effects.' },
    parallel: { type: 'string', description: 'Calls sharing a group name run in parallel; others run in sequence.' },
    fanOut: object({
      max: { type: ['integer', 'string'], description: 'Calls per request, or "unbounded".' },
      concurrency: { type: 'integer', minimum: 1 },
      bulkhead: { type: 'boolean' },
    }),
    callsPerRequest: { type: 'number', minimum: 0 },
    delivery: { enum: ['at-most-once', 'at-least-once', 'exactly-once'] },
    dlq: { type: 'boolean' },
    dedupKey: { type: 'string', description: 'The field consumers deduplicate on (an event id).' },
    outbox: { type: 'boolean', description: 'Events are published through a transactional outbox.' },
    cdc: { type: 'boolean', description: 'Events are published by change-data capture from the store.' },
    ordering: { type: 'string', description: 'The key that orders messages, where order matters.' },
    consumers: { type: 'integer', minimum: 0, description: 'Consumer instances reading the queue.' },
    consumerRps: { type: 'number', minimum: 0, description: 'Messages one consumer processes per second.' },
    arrivalRps: { type: 'number', minimum: 0, description: 'Peak messages per second arriving on the queue.' },
    maxBacklog: { type: 'integer', minimum: 0 },
    contract: { type: 'string', description: 'The dependency’s contract, relative to this file.' },
  },
  ['name'],
);

const slo = object(
  {
    name: text,
    description: text,
    sli: object(
      {
        kind: { enum: ['availability', 'latency'] },
        threshold: duration,
        metric: { type: 'string', description: 'Override the metric name.' },
        errorStatuses: { type: 'string', description: 'Regex of status codes that count as errors (default 5..).' },
        selector: { type: 'string', description: 'Extra label matchers, e.g. route!="/health".' },
      },
      ['kind'],
    ),
    objective: percent,
    window: duration,
    page: { type: 'boolean', description: 'false: burn opens tickets only.' },
  },
  ['name', 'sli', 'objective'],
);

export const archwaySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://archway.dev/schema/archway.schema.json',
  title: 'archway design file',
  description: 'One service described for architecture review: constraints, boundaries, contracts, dependencies, SLOs and rollout.',
  ...object(
    {
      archway: { const: 1, description: 'Design file version.' },
      service: object(
        {
          name: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', description: 'kebab-case service name.' },
          owner: text,
          description: text,
          tier: { enum: [1, 2, 3] },
          repository: text,
        },
        ['name'],
      ),
      domain: object({
        useCases: names,
        actors: { type: 'array', items: object({ name: text, kind: { enum: ['human', 'service', 'system'] }, description: text }, ['name']) },
      }),
      data: object({
        owned: {
          type: 'array',
          items: object(
            {
              name: text,
              store: text,
              pii: names,
              retention: duration,
              encryptedAtRest: { type: 'boolean' },
              tenantScoped: { type: 'boolean' },
              deletion: { type: 'string', description: 'How a data subject’s records are erased.' },
              description: text,
            },
            ['name'],
          ),
        },
        referenced: {
          type: 'array',
          items: object(
            {
              name: text,
              owner: text,
              via: { enum: ['api', 'event', 'replica', 'database', 'file'] },
              freshness: duration,
              description: text,
            },
            ['name'],
          ),
        },
      }),
      nfr: object({
        latency,
        throughput: object({
          peakRps: { type: 'number', minimum: 0 },
          averageRps: { type: 'number', minimum: 0 },
          payload: size,
          peakHours: {
            type: 'string',
            pattern: '^([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d$',
            description: 'When peak traffic falls, UTC: 09:00-18:00.',
          },
        }),
        availability: percent,
        consistency: { type: 'object', additionalProperties: { enum: ['strong', 'eventual', 'causal', 'read-your-writes'] } },
        privacy: object({ regimes: names, residency: text }),
        deadline: duration,
        multiTenant: { type: 'boolean' },
      }),
      done: { type: 'array', items: text },
      api: {
        type: 'array',
        items: object(
          {
            name: text,
            contract: { type: 'string', description: 'OpenAPI file, relative to this file.' },
            stability,
            visibility: { enum: ['public', 'partner', 'internal'] },
            consumers: names,
            description: text,
          },
          ['name'],
        ),
      },
      events: {
        type: 'array',
        items: object(
          {
            name: text,
            contract: { type: 'string', description: 'AsyncAPI file, relative to this file.' },
            stability,
            role: { enum: ['publish', 'consume', 'both'] },
            consumers: names,
            description: text,
          },
          ['name'],
        ),
      },
      dependencies: { type: 'array', items: dependency },
      recovery: object(
        {
          rpo: { ...duration, description: 'Recovery point objective: how much recent data may be lost.' },
          rto: { ...duration, description: 'Recovery time objective: how long a recovery may take.' },
          regions: { ...names, description: 'Regions the service runs in.' },
          zones: { type: 'integer', minimum: 1, description: 'Availability zones per region.' },
          replication: { ...duration, description: 'Replication lag to a standby (0s: synchronous).' },
          backups: object({ interval: duration, retention: duration, restoreTest: { ...duration, description: 'How often a restore is tested.' } }, [
            'interval',
          ]),
        },
        [],
        'Disaster recovery.',
      ),
      jobs: {
        type: 'array',
        items: object(
          {
            name: text,
            schedule: { type: 'string', pattern: '^\\S+ \\S+ \\S+ \\S+ \\S+$', description: 'Cron, UTC: minute hour day month weekday.' },
            duration: { ...duration, description: 'How long a run takes at most.' },
            reads: names,
            writes: names,
            description: text,
          },
          ['name', 'schedule'],
        ),
        description: 'Scheduled and batch jobs.',
      },
      slos: { type: 'array', items: slo },
      telemetry: object({
        propagation: { enum: ['w3c', 'b3', 'jaeger', 'none'] },
        correlationHeader: text,
        logs: object({ format: { enum: ['json', 'logfmt', 'text'] }, redact: names }),
        metrics: object({
          clientSide: { type: 'boolean', description: 'Each dependency call is measured from this side.' },
          requests: text,
          duration: { ...text, description: 'Server duration histogram (default http_server_request_duration_seconds).' },
          buckets: { type: 'array', items: duration, description: 'Histogram bucket boundaries, when not the OpenTelemetry defaults.' },
        }),
        traces: object({ sampling: percent }),
      }),
      security: object({
        authentication: { type: 'string' },
        tenantKey: text,
        authorization: object(
          {
            model: { enum: ['rbac', 'scopes', 'abac', 'acl'] },
            roles: names,
            scopes: names,
            attributes: names,
            tenantKey: { ...text, description: 'The claim or attribute every access is scoped by.' },
          },
          ['model'],
          'Who may do what.',
        ),
        cors: object({ origins: names, credentials: { type: 'boolean' } }),
        rateLimits: names,
      }),
      operability: object({ runbookBaseUrl: text, dashboardBaseUrl: text, escalation: text }),
      rollout: object({
        strategy: { enum: ['canary', 'blue-green', 'rolling', 'dark-launch', 'big-bang'] },
        steps: { type: 'array', items: percent },
        bake: duration,
        flags: names,
        migrations: {
          type: 'array',
          items: object({ name: text, phase: { enum: ['expand', 'migrate', 'contract'] }, reversible: { type: 'boolean' }, description: text }, ['name']),
        },
        rollback: object({
          automatic: { type: 'boolean' },
          trigger: text,
          steps: { type: 'array', items: text },
        }),
      }),
      decisions: {
        type: 'array',
        items: object(
          {
            id: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
            question: text,
            subject: text,
            chosen: text,
            context: text,
          },
          ['id', 'question'],
        ),
      },
    },
    ['archway', 'service'],
  ),
} as const;

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../src/core/diagnostic.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';
import { InputError } from '../../src/core/input-error.js';
import { isSynchronous } from '../../src/model/queries.js';
import { loadDesignText } from '../../src/model/load.js';
import { systemRules } from '../../src/system/index.js';
import { cronStarts } from '../../src/system/rules/batch-job-peak-shared-store.js';

const load = (body: string) => loadDesignText(`archway: 1\nservice: { name: orders }\n${body}`, '/tmp/design-v1/orders/archway.yaml');
const run = (id: string, body: string): Finding[] =>
  runDesignRules(
    systemRules.filter((r) => r.id === id),
    [load(body)],
    DEFAULT_REVIEW_OPTIONS,
  );
/** `pointer line:col` of the finding and its related locations, then the message. */
const pin = (f: Finding) => `${[f.location, ...(f.related ?? [])].map((l) => `${l.pointer} ${l.line}:${l.column}`).join(' | ')} — ${f.message}`;

test('design file v1: recovery, jobs, object storage and the authorization model load and normalise', () => {
  const design = load(
    'recovery: { rpo: 15m, rto: 1h, regions: [eu-west-1], zones: 3, replication: 30s, backups: { interval: 24h, retention: 30d, restoreTest: 90d } }\n' +
      'jobs:\n  - { name: export, schedule: "0 2 * * *", duration: 20m, reads: [order] }\n' +
      'dependencies:\n  - { name: invoices-bucket, kind: object-storage, timeout: 2s }\n' +
      'security:\n  authorization: { model: scopes, scopes: ["orders:read"], tenantKey: tenant_id }\n',
  );
  assert.equal(design.recovery?.rpo?.ms, 900_000);
  assert.equal(design.recovery?.backups?.restoreTest?.ms, 90 * 86_400_000);
  assert.deepEqual(
    design.jobs.map((j) => [j.name, j.pointer, j.duration?.ms, j.reads, j.writes]),
    [['export', '/jobs/0', 1_200_000, ['order'], []]],
  );
  assert.equal(isSynchronous(design.dependencies[0]), true, 'object storage is called and waited on');
  assert.deepEqual(design.security?.authorization, { roles: [], scopes: ['orders:read'], attributes: [], model: 'scopes', tenantKey: 'tenant_id' });
  assert.throws(
    () => load('jobs:\n  - { name: x, schedule: "daily" }\n'),
    (e: unknown) => e instanceof InputError && /\/jobs\/0\/schedule/.test(JSON.stringify(e.problems)),
  );
  assert.throws(() => load('nfr: { throughput: { peakHours: "9-18" } }\n'), InputError);
});

test('recovery-rpo-backup-interval: daily backups against a 15-minute RPO; replication within it passes', () => {
  // 24h − 15m = 23h45m beyond the RPO
  assert.deepEqual(run('recovery-rpo-backup-interval', 'recovery: { rpo: 15m, backups: { interval: 24h } }\n').map(pin), [
    '/recovery/rpo 3:18 | /recovery/backups/interval 3:44 — an RPO of 15m cannot hold with backups every 24h: up to 24h of writes are lost, 23.75h more than the RPO allows',
  ]);
  assert.deepEqual(
    run('recovery-rpo-backup-interval', 'recovery: { rpo: 15m }\n').map((f) => f.message),
    ['an RPO of 15m is stated but neither backups nor replication are: all data since the start may be lost'],
  );
  assert.deepEqual(
    run('recovery-rpo-backup-interval', 'recovery: { rpo: 15m, replication: 15m, backups: { interval: 24h } }\n'),
    [],
    'replication exactly at the RPO',
  );
  assert.deepEqual(run('recovery-rpo-backup-interval', 'recovery: { rto: 1h }\n'), [], 'no RPO, nothing to check');
});

test('single-zone-availability: 99.95% in one zone; 99.9% in one zone or 99.95% in three pass', () => {
  const [finding, ...rest] = run('single-zone-availability', 'nfr: { availability: 99.95% }\nrecovery: { zones: 1 }\n');
  assert.deepEqual(rest, []);
  // 0.05% × 43,200 minutes = 21.6 minutes
  assert.equal(
    pin(finding),
    '/recovery/zones 4:20 | /nfr/availability 3:22 — one zone cannot carry a 99.95% target: its error budget is (100% − 99.95%) × 30d = 21.6 minutes a month, less than a single zone outage',
  );
  assert.equal(finding.data?.budgetMinutesPerMonth, 21.6);
  assert.deepEqual(run('single-zone-availability', 'nfr: { availability: 99.9% }\nrecovery: { zones: 1 }\n'), []);
  assert.deepEqual(run('single-zone-availability', 'nfr: { availability: 99.95% }\nrecovery: { zones: 3 }\n'), []);
});

test('batch-job-peak-shared-store: a run that overlaps peak on the serving store; off-peak or other data passes', () => {
  const base = 'data:\n  owned: [{ name: order, store: postgres }]\nnfr: { throughput: { peakHours: "09:00-18:00" } }\n';
  // 08:30 + 45m = 09:15: starts before the window and runs into it
  assert.deepEqual(
    run('batch-job-peak-shared-store', `${base}jobs:\n  - { name: reindex, schedule: "30 8 * * 1-5", duration: 45m, writes: [order] }\n`).map(pin),
    [
      '/jobs/0/schedule 7:32 | /nfr/throughput/peakHours 5:33 — job reindex runs 08:30–09:15 (45m) UTC, inside the 09:00-18:00 peak, against postgres that requests are served from (order)',
    ],
  );
  assert.deepEqual(
    run('batch-job-peak-shared-store', `${base}jobs:\n  - { name: reindex, schedule: "0 8 * * *", duration: 1h, writes: [order] }\n`),
    [],
    '08:00–09:00 ends as the peak starts',
  );
  assert.deepEqual(
    run('batch-job-peak-shared-store', `${base}jobs:\n  - { name: hourly, schedule: "*/30 * * * *", reads: [order] }\n`).map((f) => f.data?.runStart),
    ['09:00'],
  );
  assert.deepEqual(
    run('batch-job-peak-shared-store', `${base}jobs:\n  - { name: cleanup, schedule: "0 12 * * *", writes: [tmp-files] }\n`),
    [],
    'data the service does not serve from',
  );
  assert.deepEqual(cronStarts('15 1,13 * * *'), [75, 795]);
  assert.equal(cronStarts('0 25 * * *'), undefined, 'beyond the clock: not read, not guessed');
});

test('authorization-model-incomplete: rbac without roles, multi-tenant without a tenant key', () => {
  assert.deepEqual(run('authorization-model-incomplete', 'nfr: { multiTenant: true }\nsecurity:\n  authorization: { model: rbac }\n').map(pin), [
    '/security/authorization/model 5:27 — the authorization model is rbac but names no roles',
    '/security/authorization 5:3 | /nfr/multiTenant 3:21 — the service is multi-tenant but its authorization names no tenant key to scope every access by',
  ]);
  assert.deepEqual(
    run(
      'authorization-model-incomplete',
      'nfr: { multiTenant: true }\nsecurity:\n  tenantKey: org_id\n  authorization: { model: abac, attributes: [department] }\n',
    ),
    [],
    'the service-wide tenant key counts',
  );
  assert.deepEqual(run('authorization-model-incomplete', 'security:\n  authorization: { model: acl }\n'), [], 'an ACL names its entries per resource');
});

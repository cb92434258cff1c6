import type { Pattern } from './pattern.js';
import batchTransfer from './patterns/batch-transfer.js';
import blueGreen from './patterns/blue-green.js';
import canary from './patterns/canary.js';
import commandQueue from './patterns/command-queue.js';
import darkLaunch from './patterns/dark-launch.js';
import degradeDegradedAnswer from './patterns/degrade-degraded-answer.js';
import degradeFallbackValue from './patterns/degrade-fallback-value.js';
import degradeHedgedRequests from './patterns/degrade-hedged-requests.js';
import degradeSecondProvider from './patterns/degrade-second-provider.js';
import degradeStaleCache from './patterns/degrade-stale-cache.js';
import eventStreamOutbox from './patterns/event-stream-outbox.js';
import exportCdc from './patterns/export-cdc.js';
import exportObjectStore from './patterns/export-object-store.js';
import exportReplicaSnapshot from './patterns/export-replica-snapshot.js';
import localTransaction from './patterns/local-transaction.js';
import moduleInExistingService from './patterns/module-in-existing-service.js';
import newService from './patterns/new-service.js';
import ownData from './patterns/own-data.js';
import queryThrough from './patterns/query-through.js';
import replicateData from './patterns/replicate-data.js';
import sagaChoreography from './patterns/saga-choreography.js';
import sagaOrchestration from './patterns/saga-orchestration.js';
import syncRequestResponse from './patterns/sync-request-response.js';
import tenantDatabasePerTenant from './patterns/tenant-database-per-tenant.js';
import tenantSchemaPerTenant from './patterns/tenant-schema-per-tenant.js';
import tenantSharedRls from './patterns/tenant-shared-rls.js';
import webhook from './patterns/webhook.js';
import webhookDeliveryService from './patterns/webhook-delivery-service.js';
import webhookDirectRetries from './patterns/webhook-direct-retries.js';
import webhookOutboxQueue from './patterns/webhook-outbox-queue.js';

/** Every pattern, sorted by id. */
export const PATTERNS: readonly Pattern[] = [
  batchTransfer,
  blueGreen,
  canary,
  commandQueue,
  darkLaunch,
  degradeDegradedAnswer,
  degradeFallbackValue,
  degradeHedgedRequests,
  degradeSecondProvider,
  degradeStaleCache,
  eventStreamOutbox,
  exportCdc,
  exportObjectStore,
  exportReplicaSnapshot,
  localTransaction,
  moduleInExistingService,
  newService,
  ownData,
  queryThrough,
  replicateData,
  sagaChoreography,
  sagaOrchestration,
  syncRequestResponse,
  tenantDatabasePerTenant,
  tenantSchemaPerTenant,
  tenantSharedRls,
  webhook,
  webhookDeliveryService,
  webhookDirectRetries,
  webhookOutboxQueue,
];

/**
 * The stated order that breaks ties between equal scores: within each kind, the simpler and more
 * reversible option first.
 */
export const TIE_ORDER: readonly string[] = [
  'sync-request-response',
  'command-queue',
  'event-stream-outbox',
  'webhook',
  'batch-transfer',
  'local-transaction',
  'saga-orchestration',
  'saga-choreography',
  'module-in-existing-service',
  'new-service',
  'query-through',
  'replicate-data',
  'own-data',
  'canary',
  'blue-green',
  'dark-launch',
  'degrade-fallback-value',
  'degrade-stale-cache',
  'degrade-degraded-answer',
  'degrade-hedged-requests',
  'degrade-second-provider',
  'tenant-shared-rls',
  'tenant-schema-per-tenant',
  'tenant-database-per-tenant',
  'webhook-direct-retries',
  'webhook-outbox-queue',
  'webhook-delivery-service',
  'export-replica-snapshot',
  'export-object-store',
  'export-cdc',
];

export function pattern(id: string): Pattern {
  const found = PATTERNS.find((p) => p.id === id);
  if (!found) throw new Error(`no pattern ${id}`);
  return found;
}

import type { Pattern } from './pattern.js';
import batchTransfer from './patterns/batch-transfer.js';
import blueGreen from './patterns/blue-green.js';
import canary from './patterns/canary.js';
import commandQueue from './patterns/command-queue.js';
import darkLaunch from './patterns/dark-launch.js';
import eventStreamOutbox from './patterns/event-stream-outbox.js';
import localTransaction from './patterns/local-transaction.js';
import moduleInExistingService from './patterns/module-in-existing-service.js';
import newService from './patterns/new-service.js';
import ownData from './patterns/own-data.js';
import queryThrough from './patterns/query-through.js';
import replicateData from './patterns/replicate-data.js';
import sagaChoreography from './patterns/saga-choreography.js';
import sagaOrchestration from './patterns/saga-orchestration.js';
import syncRequestResponse from './patterns/sync-request-response.js';
import webhook from './patterns/webhook.js';

/** Every pattern, sorted by id. */
export const PATTERNS: readonly Pattern[] = [
  batchTransfer,
  blueGreen,
  canary,
  commandQueue,
  darkLaunch,
  eventStreamOutbox,
  localTransaction,
  moduleInExistingService,
  newService,
  ownData,
  queryThrough,
  replicateData,
  sagaChoreography,
  sagaOrchestration,
  syncRequestResponse,
  webhook,
];

/**
 * The stated order that breaks ties between equal scores: within each kind, the simpler and more
 * reversible option first.
 */
export const TIE_ORDER: readonly string[] = [
  'sync-request-response', 'command-queue', 'event-stream-outbox', 'webhook', 'batch-transfer',
  'local-transaction', 'saga-orchestration', 'saga-choreography',
  'module-in-existing-service', 'new-service',
  'query-through', 'replicate-data', 'own-data',
  'canary', 'blue-green', 'dark-launch',
];

export function pattern(id: string): Pattern {
  const found = PATTERNS.find((p) => p.id === id);
  if (!found) throw new Error(`no pattern ${id}`);
  return found;
}

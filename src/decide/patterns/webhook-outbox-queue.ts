import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'webhook-outbox-queue',
  name: 'Outbox with a delivery queue per tenant',
  decisionKind: 'webhook-delivery',
  whenItFits: 'Webhooks are promised at least once, across many tenants whose endpoints fail independently.',
  costs: 'An outbox relay and a queue per tenant (or per endpoint) to run and watch.',
  failureModes: ['a dead endpoint’s backlog grows without bound', 'receivers see duplicates after redelivery'],
  mitigation:
    'HMAC-signed payloads with an event id for deduplication, backoff up to a day then a dead-letter store, endpoints disabled after repeated failures, registered URLs checked against private ranges (SSRF).',
  verification:
    'Stop one tenant’s endpoint for an hour: its queue backs up and dead-letters, other tenants’ webhooks keep their latency, and the endpoint receives the backlog once, signed, after it returns.',
  score({ design }) {
    const t = new Tally(55);
    if (design.data.owned.some((d) => d.store)) t.pro(10, 'each webhook is recorded with the change that caused it, so a crash loses none');
    else t.con(10, 'the service keeps no store for an outbox to commit with');
    if (design.nfr.multiTenant) t.pro(10, 'a queue per tenant keeps one tenant’s dead endpoint from delaying the others');
    if (design.dependencies.some((d) => d.kind === 'topic' || d.kind === 'queue')) t.pro(5, 'the service already runs a broker');
    t.con(10, 'an outbox relay and per-tenant queues to operate');
    return t.done();
  },
});

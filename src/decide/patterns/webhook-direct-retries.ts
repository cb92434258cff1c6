import { tick } from '../facts.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'webhook-direct-retries',
  name: 'Direct calls with retries',
  decisionKind: 'webhook-delivery',
  whenItFits: 'Few endpoints, low volume, and a lost notification is tolerable.',
  costs: 'A slow endpoint holds a worker; retries live in memory and die with the process.',
  failureModes: ['a crash between commit and call loses the webhook', 'a slow endpoint starves the others'],
  mitigation:
    'Short timeouts, retries with jitter, HMAC-signed payloads, endpoints disabled after repeated failures, registered URLs checked against private ranges (SSRF).',
  verification:
    'Point an endpoint at a private address (rejected at registration) and at a hanging server (the call times out and the endpoint is disabled after N failures).',
  score({ design }) {
    const t = new Tally(45).pro(15, 'no queue or outbox to run');
    if (design.nfr.throughput?.peakRps !== undefined && design.nfr.throughput.peakRps >= 100)
      t.con(10, `at ${design.nfr.throughput.peakRps} rps peak a few slow endpoints tie up the senders`);
    if (design.nfr.multiTenant) t.con(10, 'one tenant’s slow endpoint delays every other tenant’s webhooks');
    return t.done();
  },
  feasibility({ design, dependency }) {
    const atLeastOnce =
      dependency?.delivery === 'at-least-once' ||
      dependency?.delivery === 'exactly-once' ||
      design.dependencies.some((d) => d.kind === 'webhook' && d.delivery === 'at-least-once');
    if (!atLeastOnce) return null;
    return {
      because: 'delivery: webhooks are promised at least once, and a crash between the commit and the direct call loses the webhook',
      move: `accept at-most-once delivery${dependency ? ` for ${tick(dependency.name)}` : ''}, or record each webhook with the change (an outbox)`,
    };
  },
});

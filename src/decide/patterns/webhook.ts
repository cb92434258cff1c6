import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'webhook',
  name: 'Webhook with signing and retries',
  kind: 'integration',
  fits: 'The receiver is outside the organisation or platform and can only take HTTP calls.',
  costs: 'The sender runs retries, backoff and a dead-letter store; receivers must verify signatures and deduplicate.',
  failureModes: ['receiver downtime loses notifications', 'forged calls without signature checks'],
  mitigation: 'HMAC signatures with timestamps, retries with backoff for a day, a replay endpoint.',
  verification: 'A test receiver rejects a forged signature and receives a notification after being down for an hour.',
  score({ design, dependency }) {
    const t = new Tally(35);
    if (!dependency) return t.done();
    const name = `\`${dependency.name}\``;
    if (dependency.kind === 'webhook') t.pro(25, `${name} is declared a webhook receiver`);
    if (design.api.some((a) => a.visibility === 'partner')) t.pro(5, 'the service already serves partners, who often integrate by webhooks');
    if (dependency.critical) t.con(20, `${name} is critical, and a webhook gives no answer to the request`);
    t.con(5, 'retries, signing and replay must be built and operated by the sender');
    return t.done();
  },
});

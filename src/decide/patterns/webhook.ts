import { isRead, tick } from '../facts.js';
import { answerNeeded } from '../feasibility.js';
import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'webhook',
  name: 'Webhook with signing and retries',
  decisionKind: 'integration',
  whenItFits: 'The receiver is outside the organisation or platform and can only take HTTP calls.',
  costs: 'The sender runs retries, backoff and a dead-letter store; receivers must verify signatures and deduplicate.',
  failureModes: ['receiver downtime loses notifications', 'forged calls without signature checks'],
  mitigation: 'HMAC signatures with timestamps, retries with backoff for a day, a replay endpoint.',
  verification: 'A test receiver rejects a forged signature and receives a notification after being down for an hour.',
  score({ design, dependency }) {
    const t = new Tally(35);
    if (!dependency) return t.done();
    const name = tick(dependency.name);
    if (dependency.kind === 'webhook') t.pro(25, `${name} is declared a webhook receiver (\`kind: webhook\`)`);
    else t.con(10, `${name} is not declared a webhook receiver, so a broker or a call inside the platform reaches it`);
    const partners = design.api.filter((a) => a.visibility === 'partner');
    if (partners.length) t.pro(5, `the service serves partners through ${partners.map((a) => tick(a.name)).join(', ')}, who integrate by webhooks`);
    if (dependency.critical) t.con(20, `${name} is critical, and a webhook gives no answer to the request`);
    if (isRead(dependency)) t.con(20, `${name} is idempotent (a read), and a webhook notifies rather than answers`);
    if (dependency.ordering) t.con(5, `messages to ${name} must stay ordered by \`${dependency.ordering}\`, and webhook retries arrive out of order`);
    return t.done();
  },
  feasibility({ design, dependency }) {
    return dependency ? answerNeeded(design, dependency) : null;
  },
});

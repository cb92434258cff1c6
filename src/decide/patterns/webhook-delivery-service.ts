import { definePattern, Tally } from '../pattern.js';

export default definePattern({
  id: 'webhook-delivery-service',
  name: 'A managed webhook delivery service',
  decisionKind: 'webhook-delivery',
  whenItFits: 'Webhooks are a product surface but not the team’s core, and a vendor’s retries, signing and portal fit.',
  costs: 'A vendor in the delivery path, its price per message and its data-processing terms.',
  failureModes: ['the vendor’s outage stops every webhook'],
  mitigation: 'Record each webhook in an outbox before handing it to the vendor, and replay from it after an outage.',
  verification: 'Block the vendor in staging for an hour, then replay from the outbox: every webhook arrives once.',
  score({ design }) {
    const t = new Tally(40).pro(10, 'retries, signing and an endpoint portal come built in');
    if (!design.data.owned.some((d) => d.store))
      t.pro(20, 'the service keeps no store an outbox could live in, so the vendor’s durable queue stands in for one');
    if (design.nfr.privacy?.regimes.length) t.con(10, `payloads leave for a vendor under ${design.nfr.privacy.regimes.join(', ')}`);
    t.con(5, 'a price per message and a vendor in the path');
    return t.done();
  },
});

import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'anypointmq-destination-changed',
  event: 'BindingChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: "A channel's Anypoint MQ binding names another destination, or changes its type (exchange, queue, FIFO queue).",
  rationale: 'Clients publish to or consume from the old destination and no longer meet.',
  fix: 'Bind the old destination to the new one until every client has moved.',
  applies: (e) => e.binding === 'anypointmq' && (e.field === 'destination' || e.field === 'destinationType'),
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'renaming an Anypoint MQ destination strands its clients',
      base: 'bindings: { anypointmq: { destination: orders, destinationType: queue } }',
      revision: 'bindings: { anypointmq: { destination: orders-v2, destinationType: queue } }',
    },
    good: {
      name: 'the same destination written in another order is no change',
      base: 'bindings: { anypointmq: { destination: orders, destinationType: queue } }',
      revision: 'bindings: { anypointmq: { destinationType: queue, destination: orders } }',
    },
  },
});

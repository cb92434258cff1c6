import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'renaming an Anypoint MQ destination strands its clients',
    base: channelBindings('{ anypointmq: { destination: orders, destinationType: queue } }'),
    revision: channelBindings('{ anypointmq: { destination: orders-v2, destinationType: queue } }'),
  },
  passes: {
    name: 'the same destination written in another order is no change',
    base: channelBindings('{ anypointmq: { destination: orders, destinationType: queue } }'),
    revision: channelBindings('{ anypointmq: { destinationType: queue, destination: orders } }'),
  },
  more: [
    {
      name: 'an exchange that becomes a FIFO queue changes who receives each message',
      base: channelBindings('{ anypointmq: { destination: orders, destinationType: exchange } }'),
      revision: channelBindings('{ anypointmq: { destination: orders, destinationType: fifo-queue } }'),
    },
    {
      name: 'a new binding version of the same destination is no change',
      base: channelBindings("{ anypointmq: { destination: orders, bindingVersion: '0.0.1' } }"),
      revision: channelBindings("{ anypointmq: { destination: orders, bindingVersion: '0.1.0' } }"),
    },
  ],
} satisfies CheckCases;

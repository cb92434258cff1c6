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
} satisfies CheckCases;

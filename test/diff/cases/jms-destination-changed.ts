import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a queue that becomes a topic changes who receives each message',
    base: channelBindings('{ jms: { destination: orders, destinationType: queue } }'),
    revision: channelBindings('{ jms: { destination: orders, destinationType: topic } }'),
  },
  passes: {
    name: 'the same destination written in another order is no change',
    base: channelBindings('{ jms: { destination: orders, destinationType: queue } }'),
    revision: channelBindings('{ jms: { destinationType: queue, destination: orders } }'),
  },
  more: [
    {
      name: 'a renamed destination strands its clients',
      base: channelBindings('{ jms: { destination: orders, destinationType: queue } }'),
      revision: channelBindings('{ jms: { destination: orders.v2, destinationType: queue } }'),
    },
    {
      name: 'a new binding version of the same destination is no change',
      base: channelBindings("{ jms: { destination: orders, bindingVersion: '0.0.1' } }"),
      revision: channelBindings("{ jms: { destination: orders, bindingVersion: '0.0.2' } }"),
    },
  ],
} satisfies CheckCases;

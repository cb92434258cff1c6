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
} satisfies CheckCases;

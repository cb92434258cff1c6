import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'putting messages on another queue strands the applications that get them',
    base: channelBindings('{ ibmmq: { destinationType: queue, queue: { objectName: ORDERS } } }'),
    revision: channelBindings('{ ibmmq: { destinationType: queue, queue: { objectName: ORDERS.V2 } } }'),
  },
  passes: {
    name: 'a new binding version of the same queue is no change',
    base: channelBindings("{ ibmmq: { destinationType: queue, queue: { objectName: ORDERS }, bindingVersion: '0.1.0' } }"),
    revision: channelBindings("{ ibmmq: { destinationType: queue, queue: { objectName: ORDERS }, bindingVersion: '0.2.0' } }"),
  },
  more: [
    {
      name: 'a queue that becomes a topic changes who gets each message',
      base: channelBindings('{ ibmmq: { destinationType: queue, queue: { objectName: ORDERS } } }'),
      revision: channelBindings('{ ibmmq: { destinationType: topic, queue: { objectName: ORDERS } } }'),
    },
    {
      name: 'a topic string and topic object renamed are each reported',
      base: channelBindings('{ ibmmq: { destinationType: topic, topic: { string: orders/placed, objectName: ORDERS } } }'),
      revision: channelBindings('{ ibmmq: { destinationType: topic, topic: { string: orders/created, objectName: ORDERS.V2 } } }'),
    },
  ],
} satisfies CheckCases;

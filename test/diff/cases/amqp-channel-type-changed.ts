import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

const triggers = {
  name: 'moving a channel from an exchange to a queue strands its clients',
  base: channelBindings('{ amqp: { is: routingKey, exchange: { name: orders, type: topic } } }'),
  revision: channelBindings('{ amqp: { is: queue, queue: { name: orders } } }'),
};

export default {
  triggers,
  passes: {
    name: 'a new binding version of the same exchange channel is no move',
    base: channelBindings("{ amqp: { is: routingKey, bindingVersion: '0.2.0' } }"),
    revision: channelBindings("{ amqp: { is: routingKey, bindingVersion: '0.3.0' } }"),
  },
} satisfies CheckCases;

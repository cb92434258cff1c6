import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

const triggers = {
  name: 'an exchange redeclared as another type fails for clients that declare it as before',
  base: channelBindings('{ amqp: { is: routingKey, exchange: { name: orders, type: topic, durable: true } } }'),
  revision: channelBindings('{ amqp: { is: routingKey, exchange: { name: orders, type: fanout, durable: true } } }'),
};

export default {
  triggers,
  passes: {
    name: 'the same exchange written in another order is no change',
    base: channelBindings('{ amqp: { is: routingKey, exchange: { name: orders, type: topic, durable: true } } }'),
    revision: channelBindings('{ amqp: { is: routingKey, exchange: { durable: true, type: topic, name: orders } } }'),
  },
} satisfies CheckCases;

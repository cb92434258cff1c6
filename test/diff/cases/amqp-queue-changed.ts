import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

const triggers = {
  name: 'an exclusive queue locks out every consumer but one',
  base: channelBindings('{ amqp: { is: queue, queue: { name: orders, exclusive: false } } }'),
  revision: channelBindings('{ amqp: { is: queue, queue: { name: orders, exclusive: true } } }'),
};

export default {
  triggers,
  passes: {
    name: 'the same queue written in another order is no change',
    base: channelBindings('{ amqp: { is: queue, queue: { name: orders, exclusive: false } } }'),
    revision: channelBindings('{ amqp: { is: queue, queue: { exclusive: false, name: orders } } }'),
  },
} satisfies CheckCases;

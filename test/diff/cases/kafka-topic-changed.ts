import type { CheckCases } from './case.js';
import { bindings2, channelBindings } from '../fixtures/build.js';

const triggers = {
  name: 'writing to another Kafka topic splits producers from consumers',
  base: channelBindings('{ kafka: { topic: orders.placed } }'),
  revision: channelBindings('{ kafka: { topic: orders.placed.v2 } }'),
};

export default {
  triggers,
  passes: {
    name: 'naming the topic the channel address already gives is no change',
    base: channelBindings('{ kafka: { partitions: 3 } }'),
    revision: channelBindings('{ kafka: { topic: orders.placed, partitions: 3 } }'),
  },
  more: [
    {
      name: 'AsyncAPI 2.6: a channel binding that names another topic',
      base: bindings2({ channel: '{ kafka: { topic: orders } }' }),
      revision: bindings2({ channel: '{ kafka: { topic: orders-v2 } }' }),
    },
  ],
} satisfies CheckCases;

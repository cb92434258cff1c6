import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

const triggers = {
  name: 'repartitioning a topic reshuffles keys across partitions',
  base: channelBindings('{ kafka: { partitions: 3, replicas: 3 } }'),
  revision: channelBindings('{ kafka: { partitions: 6, replicas: 3 } }'),
};

export default {
  triggers,
  passes: {
    name: 'changing the replication factor leaves partitions alone',
    base: channelBindings('{ kafka: { partitions: 3, replicas: 3 } }'),
    revision: channelBindings('{ kafka: { partitions: 3, replicas: 2 } }'),
  },
} satisfies CheckCases;

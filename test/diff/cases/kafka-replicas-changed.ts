import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

const triggers = {
  name: 'changing the replication factor is information',
  base: channelBindings('{ kafka: { partitions: 3, replicas: 3 } }'),
  revision: channelBindings('{ kafka: { partitions: 3, replicas: 2 } }'),
};

export default {
  triggers,
  passes: {
    name: 'repartitioning is reported by its own check',
    base: channelBindings('{ kafka: { partitions: 3, replicas: 3 } }'),
    revision: channelBindings('{ kafka: { partitions: 6, replicas: 3 } }'),
  },
} satisfies CheckCases;

import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

const triggers = {
  name: 'shortening retention loses messages lagging consumers have not read',
  base: channelBindings('{ kafka: { topicConfiguration: { cleanup.policy: [delete], retention.ms: 604800000 } } }'),
  revision: channelBindings('{ kafka: { topicConfiguration: { cleanup.policy: [delete], retention.ms: 86400000 } } }'),
};

export default {
  triggers,
  passes: {
    name: 'the same configuration written in another order is no change',
    base: channelBindings('{ kafka: { topicConfiguration: { cleanup.policy: [delete], retention.ms: 604800000 } } }'),
    revision: channelBindings('{ kafka: { topicConfiguration: { retention.ms: 604800000, cleanup.policy: [delete] } } }'),
  },
} satisfies CheckCases;

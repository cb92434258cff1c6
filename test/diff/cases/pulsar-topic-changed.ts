import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a topic moved to another namespace strands its clients',
    base: channelBindings('{ pulsar: { namespace: staging, persistence: persistent } }'),
    revision: channelBindings('{ pulsar: { namespace: production, persistence: persistent } }'),
  },
  passes: {
    name: 'changing retention keeps the topic where it is',
    base: channelBindings('{ pulsar: { namespace: staging, persistence: persistent, retention: { time: 7 } } }'),
    revision: channelBindings('{ pulsar: { namespace: staging, persistence: persistent, retention: { time: 3 } } }'),
  },
} satisfies CheckCases;

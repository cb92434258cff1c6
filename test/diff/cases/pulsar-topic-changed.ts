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
  more: [
    {
      name: 'a persistent topic that becomes non-persistent is another topic',
      base: channelBindings('{ pulsar: { namespace: staging, persistence: persistent } }'),
      revision: channelBindings('{ pulsar: { namespace: staging, persistence: non-persistent } }'),
    },
    {
      name: 'a new binding version of the same topic is no change',
      base: channelBindings("{ pulsar: { namespace: staging, bindingVersion: '0.1.0' } }"),
      revision: channelBindings("{ pulsar: { namespace: staging, bindingVersion: '0.2.0' } }"),
    },
  ],
} satisfies CheckCases;

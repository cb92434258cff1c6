import type { CheckCases } from './case.js';
import { serverBindings } from '../fixtures/build.js';

export default {
  triggers: {
    name: 'a last will sent to another topic goes unseen',
    base: serverBindings('{ mqtt: { lastWill: { topic: devices/offline, qos: 1 } } }'),
    revision: serverBindings('{ mqtt: { lastWill: { topic: devices/gone, qos: 1 } } }'),
  },
  passes: {
    name: 'the same last-will topic at another QoS is not a move',
    base: serverBindings('{ mqtt: { lastWill: { topic: devices/offline, qos: 1 } } }'),
    revision: serverBindings('{ mqtt: { lastWill: { topic: devices/offline, qos: 2 } } }'),
  },
} satisfies CheckCases;

import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

const triggers = {
  name: 'a new binding version is information',
  base: channelBindings("{ kafka: { partitions: 3, bindingVersion: '0.4.0' } }"),
  revision: channelBindings("{ kafka: { partitions: 3, bindingVersion: '0.5.0' } }"),
};

export default {
  triggers,
  passes: {
    name: 'stating the binding version where none was is no change',
    base: channelBindings('{ kafka: { partitions: 3 } }'),
    revision: channelBindings("{ kafka: { partitions: 3, bindingVersion: '0.5.0' } }"),
  },
} satisfies CheckCases;

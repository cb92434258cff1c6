import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

const triggers = {
  name: 'publishing to another SNS topic strands its subscriptions',
  base: channelBindings('{ sns: { name: orders } }'),
  revision: channelBindings('{ sns: { name: orders-v2 } }'),
};

export default {
  triggers,
  passes: {
    name: 'a new binding version of the same topic is no change',
    base: channelBindings("{ sns: { name: orders, bindingVersion: '0.1.0' } }"),
    revision: channelBindings("{ sns: { name: orders, bindingVersion: '0.2.0' } }"),
  },
} satisfies CheckCases;

import type { CheckCases } from './case.js';
import { channelBindings } from '../fixtures/build.js';

const triggers = {
  name: 'renaming an SQS queue strands its consumers',
  base: channelBindings('{ sqs: { queue: { name: orders, fifoQueue: true } } }'),
  revision: channelBindings('{ sqs: { queue: { name: orders-v2, fifoQueue: true } } }'),
};

export default {
  triggers,
  passes: {
    name: 'a new binding version of the same queue is no change',
    base: channelBindings("{ sqs: { queue: { name: orders, fifoQueue: true }, bindingVersion: '0.1.0' } }"),
    revision: channelBindings("{ sqs: { queue: { name: orders, fifoQueue: true }, bindingVersion: '0.2.0' } }"),
  },
} satisfies CheckCases;

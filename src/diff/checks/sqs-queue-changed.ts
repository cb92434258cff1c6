import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'sqs-queue-changed',
  event: 'BindingChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: "A channel's SQS queue changed its name or its FIFO type.",
  rationale: 'Producers send to a queue consumers no longer poll, and a FIFO queue cannot become standard (or back) in place.',
  fix: 'Create the new queue, forward the old one to it, and move consumers before producers.',
  applies: (e) => e.binding === 'sqs' && e.field.startsWith('queue.'),
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'renaming an SQS queue strands its consumers',
      base: 'bindings: { sqs: { queue: { name: orders, fifoQueue: true } } }',
      revision: 'bindings: { sqs: { queue: { name: orders-v2, fifoQueue: true } } }',
    },
    good: {
      name: 'a new binding version of the same queue is no change',
      base: "bindings: { sqs: { queue: { name: orders, fifoQueue: true }, bindingVersion: '0.1.0' } }",
      revision: "bindings: { sqs: { queue: { name: orders, fifoQueue: true }, bindingVersion: '0.2.0' } }",
    },
  },
});

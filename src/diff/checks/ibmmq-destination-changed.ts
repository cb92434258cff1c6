import { defineCheck } from '../check.js';
import { bindingSetting, fromTo } from '../describe.js';

export default defineCheck({
  id: 'ibmmq-destination-changed',
  event: 'BindingChanged',
  level: 'breaking',
  tags: ['incompatible'],
  description: "A channel's IBM MQ binding names another queue or topic, or switches between them.",
  rationale: 'Applications put to and get from the old destination: messages no longer reach their readers.',
  fix: 'Define the new destination beside the old one (an alias queue or an administrative topic) until every application has moved.',
  applies: (e) => e.binding === 'ibmmq' && ['destinationType', 'queue.objectName', 'topic.string', 'topic.objectName'].includes(e.field),
  message: (e) => `${bindingSetting(e)} changed from ${fromTo(e.from, e.to)}`,
  examples: {
    bad: {
      name: 'putting messages on another queue strands the applications that get them',
      base: 'bindings: { ibmmq: { destinationType: queue, queue: { objectName: ORDERS } } }',
      revision: 'bindings: { ibmmq: { destinationType: queue, queue: { objectName: ORDERS.V2 } } }',
    },
    good: {
      name: 'a new binding version of the same queue is no change',
      base: "bindings: { ibmmq: { destinationType: queue, queue: { objectName: ORDERS }, bindingVersion: '0.1.0' } }",
      revision: "bindings: { ibmmq: { destinationType: queue, queue: { objectName: ORDERS }, bindingVersion: '0.2.0' } }",
    },
  },
});

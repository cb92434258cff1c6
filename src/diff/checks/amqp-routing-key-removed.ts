import { defineCheck } from '../check.js';
import { bindingSetting, showValues } from '../describe.js';

/** The routing keys of one side: a single key written as a string is a list of one (unstated is []). */
const keys = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** Keys routed before and not after. */
function removedKeys(e: { from?: unknown; to?: unknown }): unknown[] {
  const after = keys(e.to);
  return keys(e.from).filter((k) => !after.includes(k));
}

export default defineCheck({
  id: 'amqp-routing-key-removed',
  event: 'BindingChanged',
  level: 'breaking',
  description: "An operation's AMQP binding dropped a routing key (cc or bcc).",
  rationale: 'Queues bound with the removed key stop receiving the messages.',
  fix: 'Keep routing with the old key until consumers bind the new one.',
  applies: (e) => e.binding === 'amqp' && (e.field === 'cc' || e.field === 'bcc') && removedKeys(e).length > 0,
  message: (e) => `${bindingSetting(e)} no longer routes with ${showValues(removedKeys(e))}`,
  examples: {
    bad: {
      name: 'dropping a routing key starves the queues bound with it',
      base: "onOrders: { bindings: { amqp: { cc: [orders.eu, orders.us] } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { amqp: { cc: [orders.eu] } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
    good: {
      name: 'routing with another key is not dropping one',
      base: "onOrders: { bindings: { amqp: { cc: [orders.eu] } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
      revision:
        "onOrders: { bindings: { amqp: { cc: [orders.eu, orders.us] } }, action: send, channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] }",
    },
  },
});

import { A2, A3, pin } from './pin.js';

/** event-delivery-semantics: where a value from an operation trait is written (issue #11's trait bug). */
const OP = (operation: string, components = '') =>
  A3(
    `channels:\n  orders: { address: orders.v1 }\noperations:\n  publishOrders:\n    action: send\n    channel: { $ref: "#/channels/orders" }\n${operation}${components}`,
  );
const TRAIT = 'components:\n  operationTraits:\n    delivery: { x-delivery: exactly-once }\n';
const INVALID = 'x-delivery "once" is not one of at-least-once, at-most-once, exactly-once-effect';
const EXACTLY =
  'x-delivery "exactly-once" is not one of at-least-once, at-most-once, exactly-once-effect; exactly-once delivery is not achievable across a network, say exactly-once-effect for at-least-once delivery with idempotent processing';

pin([
  [
    'event-delivery-semantics',
    '3.0: an invalid value in an inline trait is reported on the trait',
    OP('    traits: [{ x-delivery: once }]\n'),
    [`event-delivery-semantics@/operations/publishOrders/traits/0/x-delivery 9:28 ${INVALID}`],
  ],
  [
    'event-delivery-semantics',
    '3.0: an invalid value in a components trait is reported there, once for two operations',
    A3(
      `channels:\n  orders: { address: orders.v1 }\noperations:\n  a: { action: send, channel: { $ref: "#/channels/orders" }, traits: [{ $ref: "#/components/operationTraits/delivery" }] }\n  b: { action: receive, channel: { $ref: "#/channels/orders" }, traits: [{ $ref: "#/components/operationTraits/delivery" }] }\n${TRAIT}`,
    ),
    [`event-delivery-semantics@/components/operationTraits/delivery/x-delivery 10:29 ${EXACTLY}`],
  ],
  [
    'event-delivery-semantics',
    '3.0: the last trait that sets it wins, and is where it is reported',
    OP('    traits: [{ x-delivery: at-least-once }, { summary: s }, { x-delivery: once }, { summary: t }]\n'),
    [`event-delivery-semantics@/operations/publishOrders/traits/2/x-delivery 9:75 ${INVALID}`],
  ],
  [
    'event-delivery-semantics',
    '3.0: a valid last trait hides an invalid earlier one',
    OP('    traits: [{ x-delivery: once }, { x-delivery: at-most-once }]\n'),
    [],
  ],
  [
    'event-delivery-semantics',
    "3.0: the operation's own value wins over its trait's",
    OP('    x-delivery: at-most-once\n    traits: [{ x-delivery: once }]\n'),
    [],
  ],
  [
    'event-delivery-semantics',
    "3.0: the operation's own invalid value is reported on the operation",
    OP('    x-delivery: once\n    traits: [{ x-delivery: at-least-once }]\n'),
    [`event-delivery-semantics@/operations/publishOrders/x-delivery 9:17 ${INVALID}`],
  ],
  [
    'event-delivery-semantics',
    '2.x: an invalid value in an operation trait is reported on the trait',
    A2('channels:\n  orders:\n    publish:\n      traits: [{ x-delivery: once }]\n      message: { payload: { type: string } }\n'),
    [`event-delivery-semantics@/channels/orders/publish/traits/0/x-delivery 6:30 ${INVALID}`],
  ],
  [
    'event-delivery-semantics',
    '3.0: a trait in another file is reported in that file',
    {
      'asyncapi.yaml': OP('    traits: [{ $ref: "traits.yaml#/delivery" }]\n'),
      'traits.yaml': 'delivery:\n  x-delivery: once\n',
    },
    [`event-delivery-semantics@/delivery/x-delivery 2:15 ${INVALID}`],
  ],
]);

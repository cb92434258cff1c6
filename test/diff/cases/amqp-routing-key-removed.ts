import { mirror, type CheckCases } from './case.js';
import { operationBindings } from '../fixtures/build.js';

const triggers = {
  name: 'dropping a routing key starves the queues bound with it',
  base: operationBindings('{ amqp: { cc: [orders.eu, orders.us] } }'),
  revision: operationBindings('{ amqp: { cc: [orders.eu] } }'),
};

export default {
  triggers,
  passes: mirror(triggers, 'routing with another key is not dropping one'),
  more: [
    {
      name: 'a blind-copy routing key dropped starves its queues too',
      base: operationBindings('{ amqp: { bcc: [audit.eu, audit.us] } }'),
      revision: operationBindings('{ amqp: { bcc: [audit.us] } }'),
    },
    {
      name: 'a single key written as a string is a list of one: only the other key is dropped',
      base: triggers.base,
      revision: operationBindings('{ amqp: { cc: orders.eu } }'),
    },
  ],
} satisfies CheckCases;

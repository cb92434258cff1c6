import { mirror, type CheckCases } from './case.js';
import { operationBindings } from '../fixtures/build.js';

const triggers = {
  name: 'dropping a routing key starves the queues bound with it',
  base: operationBindings('{ amqp: { cc: [orders.eu, orders.us] } }'),
  revision: operationBindings('{ amqp: { cc: [orders.eu] } }'),
};

export default { triggers, passes: mirror(triggers, 'routing with another key is not dropping one') } satisfies CheckCases;

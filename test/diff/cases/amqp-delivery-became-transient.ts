import { mirror, type CheckCases } from './case.js';
import { operationBindings } from '../fixtures/build.js';

const triggers = {
  name: 'messages that are no longer persistent are lost when the broker restarts',
  base: operationBindings('{ amqp: { deliveryMode: 2 } }'),
  revision: operationBindings('{ amqp: { deliveryMode: 1 } }'),
};

export default { triggers, passes: mirror(triggers, 'making messages persistent is not the reverse') } satisfies CheckCases;

import { mirror, type CheckCases } from './case.js';
import { operationBindings } from '../fixtures/build.js';

const triggers = {
  name: 'new subscribers no longer get the last value',
  base: operationBindings('{ mqtt: { qos: 1, retain: true } }'),
  revision: operationBindings('{ mqtt: { qos: 1 } }'),
};

export default { triggers, passes: mirror(triggers, 'retaining a message is not the reverse') } satisfies CheckCases;

import { mirror, type CheckCases } from './case.js';
import { operationBindings } from '../fixtures/build.js';

const triggers = {
  name: 'publishing at QoS 0 loses messages subscribers expected at least once',
  base: operationBindings('{ mqtt: { qos: 1 } }'),
  revision: operationBindings('{ mqtt: { qos: 0 } }'),
};

export default { triggers, passes: mirror(triggers, 'raising the QoS is not lowering it') } satisfies CheckCases;

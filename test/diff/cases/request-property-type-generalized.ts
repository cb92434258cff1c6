import { mirror, type CheckCases } from './case.js';
import { inRequest, withKind } from '../fixtures/build.js';

const triggers = {
  name: 'widening a request property from integer to number is information',
  base: inRequest(withKind('{ type: integer }')),
  revision: inRequest(withKind('{ type: number }')),
};

export default { triggers, passes: mirror(triggers, 'narrowing a request property is not a generalisation') } satisfies CheckCases;

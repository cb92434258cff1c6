import { mirror, type CheckCases } from './case.js';
import { inRequest, withKind } from '../fixtures/build.js';

const triggers = {
  name: 'dropping date-time from a request property is information',
  base: inRequest(withKind('{ type: string, format: date-time }')),
  revision: inRequest(withKind('{ type: string }')),
};

export default { triggers, passes: mirror(triggers, 'adding a format is not a generalisation') } satisfies CheckCases;

import { mirror, type CheckCases } from './case.js';
import { inRequest } from '../fixtures/build.js';

const triggers = {
  name: 'allowing additional properties in a request is information',
  base: inRequest('{ type: object, properties: { a: { type: string } }, additionalProperties: false }'),
  revision: inRequest('{ type: object, properties: { a: { type: string } } }'),
};

export default { triggers, passes: mirror(triggers, 'restricting them is not allowing them') } satisfies CheckCases;

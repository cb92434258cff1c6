import { named, mirror, type CheckCases } from './case.js';
import requestOptionalParameterAdded from './request-optional-parameter-added.js';
import requestParameterRemoved from './request-parameter-removed.js';

export default {
  triggers: named(requestOptionalParameterAdded.passes, 'a new required query parameter breaks every existing call'),
  passes: mirror(requestParameterRemoved.triggers, 'a new optional query parameter breaks nobody'),
} satisfies CheckCases;

import { named, mirror, type CheckCases } from './case.js';
import requestParameterDeprecated from './request-parameter-deprecated.js';

export default {
  triggers: mirror(requestParameterDeprecated.triggers, 'un-deprecating a query parameter is information'),
  passes: named(requestParameterDeprecated.triggers, 'deprecating one is not reactivating it'),
} satisfies CheckCases;

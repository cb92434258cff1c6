import { named, mirror, type CheckCases } from './case.js';
import apiDeprecated from './api-deprecated.js';

export default {
  triggers: mirror(apiDeprecated.triggers, 'un-deprecating an operation is information'),
  passes: named(apiDeprecated.triggers, 'deprecating one is not reactivating it'),
} satisfies CheckCases;

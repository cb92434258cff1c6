import { named, mirror, type CheckCases } from './case.js';
import apiStabilityDecreased from './api-stability-decreased.js';

export default {
  triggers: mirror(apiStabilityDecreased.triggers, 'promoting beta to stable is information'),
  passes: named(apiStabilityDecreased.triggers, 'demoting is not promoting'),
} satisfies CheckCases;

import { named, mirror, type CheckCases } from './case.js';
import apiStabilityDecreased from './api-stability-decreased.js';

export default {
  triggers: mirror(apiStabilityDecreased.triggers, 'promoting beta to stable is information'),
  passes: named(apiStabilityDecreased.triggers, 'demoting is not promoting'),
  more: [
    mirror(apiStabilityDecreased.more[2], 'dropping a declared beta promotes the operation to stable'),
    {
      name: 'boundary: alpha to beta is a promotion that stops short of stable',
      base: apiStabilityDecreased.triggers.base.replace('stable', 'alpha'),
      revision: apiStabilityDecreased.triggers.base.replace('stable', 'beta'),
    },
  ],
} satisfies CheckCases;

import { rulesOfStage } from '../design-rules.js';
import type { Stage } from '../stage.js';

/** Stage 3: error shape, pagination, idempotency and compatibility of the contracts. */
export const contractsStage: Stage = {
  id: 'contracts',
  title: 'Contracts',
  rules: rulesOfStage('contracts'),
  sections: () => [],
};

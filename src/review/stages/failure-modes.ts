import { renderOperability } from '../../operability/index.js';
import { renderFailureModes } from '../../resilience/index.js';
import { rulesOfStage } from '../design-rules.js';
import type { Stage } from '../stage.js';

/** Stage 4: timeouts, retries, breakers, delivery guarantees, SLOs and telemetry. */
export const failureModesStage: Stage = {
  id: 'failure-modes',
  title: 'Failure modes',
  rules: rulesOfStage('failure-modes'),
  sections({ design, system, options }) {
    const failureModes = renderFailureModes(design, system, options);
    const operability = renderOperability(design);
    return [
      ...(failureModes ? [{ id: 'failure-modes', title: 'Failure modes', body: failureModes }] : []),
      ...(operability ? [{ id: 'operability', title: 'Operability', body: operability }] : []),
    ];
  },
};

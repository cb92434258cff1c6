import { formatPercent } from '../../model/units.js';
import { table } from '../../report/markdown.js';
import { rulesOfStage } from '../design-rules.js';
import type { Stage } from '../stage.js';

/** Stage 4: timeouts, retries, breakers, delivery guarantees, SLOs and telemetry. */
export const failureModesStage: Stage = {
  id: 'failure-modes',
  title: 'Failure modes and operability',
  rules: rulesOfStage('failure-modes'),
  sections({ design }) {
    if (design.dependencies.length === 0) return [];
    const rows = design.dependencies.map((d) => [
      d.name,
      d.kind ?? 'open',
      d.mode ?? 'open',
      d.critical ? 'yes' : 'no',
      d.availability && formatPercent(d.availability.percent),
      d.timeout?.text,
      d.retries ? `${d.retries.max}${d.retries.backoff ? ` ${d.retries.backoff}` : ''}${d.retries.jitter ? ' + jitter' : ''}` : undefined,
      d.circuitBreaker ? 'yes' : d.fallback ? `fallback: ${d.fallback}` : undefined,
    ]);
    const body = table(['dependency', 'kind', 'mode', 'critical', 'availability', 'timeout', 'retries', 'breaker'], rows);
    return [{ id: 'dependencies', title: 'Dependencies', body }];
  },
};

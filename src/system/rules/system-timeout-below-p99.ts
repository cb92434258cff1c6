import { defineDesignRule } from '../../core/design-rule.js';
import { formatMs } from '../../model/units.js';
import { attempts } from '../../resilience/figures.js';
import { edges, promisedP99 } from '../promises.js';

export default defineDesignRule({
  id: 'system-timeout-below-p99',
  stage: 'failure-modes',
  category: 'system',
  severity: 'warn',
  scope: 'system',
  description: 'A caller’s timeout on a service of the system is at least that service’s own p99.',
  rationale:
    'A timeout below the callee’s p99 abandons more than 1% of calls that would have succeeded, on a healthy day: the caller turns normal tail latency into errors, and its retries add load exactly when the callee is slow.',
  fix: 'Set the timeout a little above the callee’s p99 (and fit the caller’s deadline around it), or agree a faster p99 with the callee’s owner.',
  verify: 'A load test at normal traffic shows the caller’s timeout rate on this dependency below 1%.',
  references: ['AWS Builders’ Library, "Timeouts, retries and backoff with jitter": choosing a timeout from the downstream latency percentile'],
  examples: {
    bad: [
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 200ms }\n',
      'archway: 1\nservice: { name: payments }\nnfr: { latency: { p99: 300ms } }\n',
    ],
    good: [
      'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: payments, kind: http, mode: sync, timeout: 400ms }\n',
      'archway: 1\nservice: { name: payments }\nnfr: { latency: { p99: 300ms } }\n',
    ],
  },
  check({ system, report }) {
    for (const { caller, dependency, callee } of edges(system)) {
      const p99 = promisedP99(callee);
      const timeout = dependency.timeout;
      if (!p99 || !timeout || timeout.ms >= p99.ms) continue;
      const n = attempts(dependency);
      report({
        design: caller,
        pointer: `${dependency.pointer}/timeout`,
        message: `${caller.service.name} times out on ${callee.service.name} after ${formatMs(timeout.ms)}, below its ${formatMs(p99.ms)} p99 (nfr.latency.p99) by ${formatMs(p99.ms - timeout.ms)}: more than 1% of healthy calls are abandoned${n > 1 ? ` and retried (${n} attempts)` : ''}`,
        related: [{ design: callee, pointer: p99.pointer }],
        data: {
          caller: caller.service.name,
          callee: callee.service.name,
          timeoutMs: timeout.ms,
          calleeP99Ms: p99.ms,
          shortByMs: p99.ms - timeout.ms,
          attempts: n,
        },
      });
    }
  },
});

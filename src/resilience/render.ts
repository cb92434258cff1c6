import type { Design } from '../model/types.js';
import { formatMs, formatPercent } from '../model/units.js';
import { blocks, bullets, code, table } from '../report/markdown.js';
import type { ReviewOptions } from '../review/rule.js';
import { callCost, compositeAvailability, deadline, DEFAULT_BASE_DELAY_MS, latencySum, pathBudget } from './figures.js';
import { callChains, describeChain } from './graph.js';

/** The "Failure modes" section body: every figure with its formula and inputs, so readers can check it. */
export function renderFailureModes(design: Design, system: readonly Design[], options: ReviewOptions): string {
  if (design.dependencies.length === 0) return '';
  const rows = design.dependencies.map((d) => {
    const cost = callCost(d);
    const sync = d.mode ?? (d.kind === 'topic' || d.kind === 'queue' || d.kind === 'webhook' ? 'async' : d.kind ? 'sync' : 'open');
    return [
      d.name,
      `${d.kind ?? 'open'} / ${sync}${d.direction === 'inbound' ? ' (consumed)' : ''}`,
      d.critical ? 'yes' : 'no',
      d.availability && formatPercent(d.availability.percent),
      d.timeout?.text,
      sync === 'sync' ? String(cost.attempts) : undefined,
      cost.worstCaseMs === undefined ? (sync === 'sync' ? 'unbounded' : undefined) : formatMs(cost.worstCaseMs),
      d.circuitBreaker ? `${d.circuitBreaker.failureRate?.text ?? '?'} over ${d.circuitBreaker.window?.text ?? '?'}` : undefined,
      d.fallback,
      d.idempotencyKey ? 'key' : d.idempotent ? 'natural' : sync === 'sync' ? 'no' : d.dedupKey ? `dedup on ${d.dedupKey}` : undefined,
    ];
  });
  const budget = pathBudget(design);
  const limit = deadline(design);
  const composite = compositeAvailability(design);
  const latency = latencySum(design);
  const figures: string[] = [];
  if (budget.steps.length > 0) {
    const verdict = limit && budget.worstCaseMs !== undefined ? (budget.worstCaseMs <= limit.ms ? `within the ${limit.text} deadline (${limit.source})` : `**over** the ${limit.text} deadline (${limit.source})`) : limit ? 'unbounded: a call has no timeout' : 'no deadline stated';
    figures.push(
      `**Timeout budget** (worst case = attempts × timeout + backoff; parallel calls take the maximum, sequential calls add): ${budget.formula}, ${verdict}.\n\n${bullets(budget.steps.flatMap((s) => s.calls.map((c) => `${c.formula}${s.group ? ` (parallel group ${code(s.group)})` : ''}`)))}`,
    );
    if (latency.parts.length > 0 && design.nfr.latency?.p99) {
      figures.push(`**Latency budget** (sum of p99s, a conservative bound): ${latency.parts.join(' + ')} = ${formatMs(latency.ms)} against the ${design.nfr.latency.p99.text} p99 target${latency.missing.length ? `; no p99 stated for ${latency.missing.join(', ')} (counted as 0)` : ''}.`);
    }
  }
  if (composite.inputs.length > 0) {
    const target = design.nfr.availability ? ` against the ${design.nfr.availability.text} target` : '';
    figures.push(
      `**Composite availability** of the critical synchronous path (product, independent failures): ${composite.inputs.map((i) => `${i.name} ${formatPercent(i.percent)}`).join(' × ')} = ${formatPercent(composite.percent)}${target}${composite.unknown.length ? `; ${composite.unknown.join(', ')} state no availability` : ''}.`,
    );
  }
  const chains = callChains(design, system).filter((c) => c.hops.length > 1 || c.amplification > 1);
  if (chains.length > 0) {
    figures.push(
      `**Retry amplification** (attempts multiply along a chain; limit ${options.maxRetryAmplification}×):\n\n${bullets(chains.map((c) => `${describeChain(c)}: ${c.hops.map((h) => (h.dependency.retries?.max ?? 0) + 1).join(' × ')} = ${c.amplification}×`))}`,
    );
  }
  const defaults = design.dependencies.some((d) => d.retries?.max && d.retries.backoff && d.retries.backoff !== 'none' && !d.retries.baseDelay)
    ? `Backoff without a \`baseDelay\` is taken as ${DEFAULT_BASE_DELAY_MS}ms.`
    : undefined;
  return blocks(
    `### Dependencies\n\n${table(['dependency', 'kind / mode', 'critical', 'availability', 'timeout', 'attempts', 'worst case', 'breaker', 'fallback', 'idempotency'], rows)}`,
    figures.length > 0 && `### Figures\n\n${figures.join('\n\n')}`,
    defaults,
  );
}

import type { Dependency, Design } from '../model/types.js';
import { formatMs, formatPercent, round } from '../model/units.js';
import { blocks, bullets, code, table } from '../report/markdown.js';
import type { ReviewOptions } from '../core/design-rule.js';
import {
  callCost,
  compositeAvailability,
  deadline,
  DEFAULT_BASE_DELAY_MS,
  latencySum,
  pathBudget,
  QUEUE_HEADROOM,
  queueCapacity,
  unknownAvailability,
  usesDefaultBaseDelay,
} from './figures.js';
import { callChains, describeChain, serviceIndex } from './graph.js';

/** The "Failure modes" section body: every figure with its formula and inputs, so readers can check it. */
export function renderFailureModes(design: Design, system: readonly Design[], options: ReviewOptions): string {
  if (design.dependencies.length === 0) return '';
  const defaults = design.dependencies.some(usesDefaultBaseDelay) && `Backoff without a \`baseDelay\` is taken as ${DEFAULT_BASE_DELAY_MS}ms.`;
  return blocks(
    `### Dependencies\n\n${table(['dependency', 'kind / mode', 'critical', 'availability', 'timeout', 'attempts', 'worst case', 'breaker', 'fallback', 'idempotency'], design.dependencies.map(row))}`,
    criticalPath(design, system),
    figures(design, system, options),
    defaults,
  );
}

function modeOf(d: Dependency): string {
  return d.mode ?? (d.kind === 'topic' || d.kind === 'queue' || d.kind === 'webhook' ? 'async' : d.kind ? 'sync' : 'open');
}

function row(d: Dependency): Array<string | undefined> {
  const cost = callCost(d);
  const sync = modeOf(d) === 'sync';
  return [
    d.name,
    `${d.kind ?? 'open'} / ${modeOf(d)}${d.direction === 'inbound' ? ' (consumed)' : ''}`,
    d.critical ? 'yes' : 'no',
    d.availability && formatPercent(d.availability.percent),
    d.timeout?.text,
    sync ? String(cost.attempts) : undefined,
    cost.worstCaseMs === undefined ? (sync ? 'unbounded' : undefined) : formatMs(cost.worstCaseMs),
    d.circuitBreaker ? `${d.circuitBreaker.failureRate?.text ?? '?'} over ${d.circuitBreaker.window?.text ?? '?'}` : undefined,
    d.fallback,
    d.idempotencyKey ? 'key' : d.idempotent ? 'natural' : sync ? 'no' : d.dedupKey ? `dedup on ${d.dedupKey}` : undefined,
  ];
}

/** The calls that set the worst case, the budget they must fit, and how callees in the system fit the timeouts given them. */
function criticalPath(design: Design, system: readonly Design[]): string | undefined {
  const budget = pathBudget(design);
  if (budget.steps.length === 0) return undefined;
  const steps = budget.steps.map((step, i) => {
    const slowest = budget.critical[i];
    const others = step.calls
      .filter((c) => c !== slowest)
      .map((c) => `${c.dependency.name} ${c.worstCaseMs === undefined ? 'unbounded' : formatMs(c.worstCaseMs)}`);
    const group =
      step.group &&
      (others.length > 0 ? ` — slowest of parallel group ${code(step.group)} (also ${others.join(', ')})` : ` (parallel group ${code(step.group)})`);
    return `${i + 1}. ${slowest.formula}${group || ''}`;
  });
  const limit = deadline(design);
  let verdict = 'no deadline stated (`nfr.deadline` or a latency target)';
  if (budget.worstCaseMs === undefined) verdict = 'unbounded: a call on the path has no timeout';
  else if (limit) {
    const spare = limit.ms - budget.worstCaseMs;
    const where = `the ${limit.text} deadline (${limit.source})`;
    verdict =
      spare > 0
        ? `within ${where} with ${formatMs(spare)} to spare`
        : spare === 0
          ? `exactly at ${where}, with nothing to spare`
          : `**over** ${where} by ${formatMs(-spare)}`;
  }
  const services = serviceIndex(system);
  const downstream = budget.steps
    .flatMap((s) => s.calls)
    .flatMap((call) => {
      const callee = services.get(call.dependency.name);
      if (!callee || call.timeoutMs === undefined) return [];
      const theirs = pathBudget(callee);
      if (theirs.steps.length === 0) return [];
      const fits = theirs.worstCaseMs !== undefined && theirs.worstCaseMs <= call.timeoutMs;
      return [
        `${callee.service.name} (reviewed in this system): its own worst case ${theirs.formula} ${fits ? 'fits within' : '**outlasts**'} the ${formatMs(call.timeoutMs)} timeout given to it here`,
      ];
    });
  return blocks(
    '### Critical path',
    'The synchronous calls a request waits on, in order (worst case per call = attempts × timeout + backoff delays; a parallel group costs its slowest call; sequential steps add):',
    steps.join('\n'),
    `Worst case ${budget.formula}, ${verdict}.`,
    downstream.length > 0 && bullets(downstream),
  );
}

function figures(design: Design, system: readonly Design[], options: ReviewOptions): string | undefined {
  const parts: string[] = [];
  const latency = latencySum(design);
  const p99 = design.nfr.latency?.p99;
  if (latency.parts.length > 0 && p99) {
    const missing = latency.missing.length ? `; no p99 stated for ${latency.missing.join(', ')} (counted as 0)` : '';
    parts.push(
      `**Latency budget** (sum of p99s along the path, a conservative bound since tails rarely coincide): ${latency.parts.join(' + ')} = ${formatMs(latency.ms)}, ${latency.ms <= p99.ms ? 'within' : '**over**'} the ${p99.text} p99 target${missing}.`,
    );
  }
  const composite = compositeAvailability(design);
  if (composite.inputs.length > 0) {
    const target = design.nfr.availability;
    const verdict = !target
      ? 'no availability target stated'
      : composite.percent >= target.percent
        ? `meets the ${target.text} target`
        : `**below** the ${target.text} target by ${round(target.percent - composite.percent, 4)} points`;
    const unknown = unknownAvailability(design);
    parts.push(
      `**Composite availability** of the critical synchronous dependencies (product, independent failures assumed): ${composite.inputs.map((i) => `${i.name} ${formatPercent(i.percent)}`).join(' × ')} = ${formatPercent(composite.percent)}, ${verdict}${unknown.length ? `; ${unknown.join(', ')} state no availability and are left out` : ''}.`,
    );
  }
  const chains = callChains(design, system).filter((c) => c.hops.length > 1 || c.amplification > 1);
  if (chains.length > 0) {
    parts.push(
      `**Retry amplification** (attempts multiply along a chain; limit ${options.maxRetryAmplification}×):\n\n${bullets(chains.map((c) => `${describeChain(c)}: ${c.formula}×`))}`,
    );
  }
  const queues = design.dependencies.flatMap((d) => {
    const q = queueCapacity(d);
    if (!q) return [];
    return [
      `${d.name}: ${q.consumers} consumers × ${q.consumerRps}/s = ${q.capacityRps}/s against ${q.arrivalRps}/s × ${QUEUE_HEADROOM} = ${q.requiredRps}/s needed (${q.capacityRps >= q.requiredRps ? 'enough' : '**short**'})`,
    ];
  });
  if (queues.length > 0) parts.push(`**Queue capacity** (consumers × per-consumer rate against peak arrivals with headroom):\n\n${bullets(queues)}`);
  return parts.length > 0 ? `### Figures\n\n${parts.join('\n\n')}` : undefined;
}

import type { ContractDocument } from '../contracts/load.js';
import { sortFindings, type Finding } from '../core/diagnostic.js';
import { planOf } from './plan.js';
import { PROBES } from './probes/index.js';
import { Session, type VerifyOptions } from './session.js';

export { VerifyUnreachable, type VerifyOptions } from './session.js';
export { PROBES } from './probes/index.js';
export type { Probe } from './types.js';

export interface VerifyResult {
  findings: Finding[];
  /** Requests sent. */
  requests: number;
  /** Probes that wanted more requests than the budget left, sorted. */
  starved: string[];
}

/**
 * Probes a running service against one OpenAPI 3.x contract. A baseline of valid reads comes
 * first (lists, then the items they name), then each probe in `PROBES` order; what it created
 * is deleted at the end. Passive probes judge every exchange as it comes back.
 */
export async function verifyContract(doc: ContractDocument, options: VerifyOptions): Promise<VerifyResult> {
  const plan = planOf(doc);
  const session = new Session(plan, options, PROBES);
  const reads = plan.operations.filter((op) => op.method === 'get');
  for (const op of reads.filter((o) => !o.path.includes('{'))) await session.send(op, { purpose: 'valid' });
  // Item reads need an id the service showed, and no other path parameter verify would have to guess.
  const items = reads.filter((o) => (o.path.match(/\{/g) ?? []).length === 1 && /\}$/.test(o.path) && session.knownId(o) !== undefined);
  for (const op of items) await session.send(op, { purpose: 'valid' });
  for (const probe of PROBES) {
    if (!probe.run) continue;
    session.current = probe;
    await probe.run(session);
  }
  session.current = undefined;
  await session.cleanup();
  return { findings: sortFindings([...session.findings.values()]), requests: session.requests, starved: [...session.starved].sort() };
}

import type { Finding, Severity } from '../core/diagnostic.js';
import { fingerprint } from '../core/fingerprint.js';
import { displayPath } from '../core/source.js';
import { diffContracts } from '../diff/index.js';
import { openContracts } from '../diff/load.js';
import type { Design, Stability } from '../model/types.js';

/** Stabilities whose breaking changes are allowed with a warning; anything else breaks clients who rely on it. */
const PROVISIONAL: ReadonlySet<Stability | undefined> = new Set(['experimental', 'alpha', 'beta']);

/**
 * The breaking changes of each contract (OpenAPI or AsyncAPI) the design names since `base`, as
 * findings that gate CI: the diff check's id, located at the change in the revision with the base
 * location related; an error for a stable contract, a warning for a provisional one.
 */
export function contractBreaks(design: Design, base: string, today: string, cwd: string): Finding[] {
  const findings: Finding[] = [];
  for (const surface of [...design.api, ...design.events]) {
    if (!surface.contract) continue;
    const path = surface.contract.absolutePath;
    const opened = openContracts([`git:${base}:${displayPath(path, cwd)}`, path], cwd);
    try {
      const [old, now] = opened.sides;
      const result = diffContracts(old, now, { today, stability: surface.stability, consumers: surface.consumers });
      for (const change of result.changes) {
        // A provisional contract's breaking changes arrive as warnings under the stability policy.
        const downgraded = change.level === 'warn' && typeof change.data.policy === 'string' && change.data.policy.startsWith('stability');
        if (change.level !== 'breaking' && !downgraded) continue;
        const severity: Severity = change.level === 'breaking' && !PROVISIONAL.has(surface.stability) ? 'error' : 'warn';
        const message = `${surface.name} (${surface.stability ?? 'stability not declared'}) since ${base}: ${change.message}`;
        findings.push({
          ruleId: change.id,
          category: 'contract-changes',
          severity,
          message,
          location: change.location,
          ...(change.base ? { related: [change.base] } : {}),
          fix: 'Keep the old shape beside the new one and follow the rollout order in DESIGN.md (expand, migrate consumers, then contract), or version the contract.',
          data: { contract: surface.name, stability: surface.stability ?? null, base, operation: change.operation, level: change.level, ...change.data },
          fingerprint: fingerprint(change.id, change.location.file, change.location.pointer, message),
        });
      }
    } finally {
      opened.dispose();
    }
  }
  return findings;
}

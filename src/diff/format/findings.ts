import type { Finding, Severity } from '../../core/diagnostic.js';
import { fingerprint } from '../../core/fingerprint.js';
import type { RuleMeta } from '../../core/rule.js';
import type { AnyCheck, Level } from '../check.js';
import type { Change } from '../result.js';

const SEVERITY: Record<Level, Severity> = { breaking: 'error', warn: 'warn', info: 'info' };

/** A check's metadata in the shape every rule has (SARIF descriptors, `archway explain`). */
export function checkMeta(check: AnyCheck): RuleMeta {
  return { id: check.id, category: 'diff', severity: SEVERITY[check.level], description: check.description, rationale: check.rationale, fix: check.fix };
}

/** A change as a finding, so the shared formatters print it: the revision location, the base one related. */
export function changeToFinding(change: Change, checks: ReadonlyMap<string, AnyCheck>): Finding {
  const others = Array.isArray(change.data.operations) ? change.data.operations.length - 1 : 0;
  const scoped = [
    change.operation && !change.message.includes(change.operation) ? `${change.operation}: ` : '',
    change.message,
    others > 0 ? ` (and ${others} more operation${others === 1 ? '' : 's'})` : '',
  ].join('');
  return {
    ruleId: change.id,
    category: 'diff',
    severity: SEVERITY[change.level],
    message: scoped,
    location: change.location,
    fix: checks.get(change.id)?.fix,
    related: change.base ? [change.base] : undefined,
    data: { level: change.level, operation: change.operation, ...change.data },
    fingerprint: fingerprint(change.id, change.operation ?? '', change.location.pointer, change.base?.pointer),
  };
}

import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import type { Finding, Location } from '../core/diagnostic.js';
import { findingFingerprint } from '../core/fingerprint.js';
import { InputError } from '../core/input-error.js';
import { locationOf } from '../core/source.js';
import { loadDesignText } from '../model/load.js';
import type { Design } from '../model/types.js';
import { DESIGN_CHANGES } from './changes/index.js';

type DesignChangeId = 'design-slo-removed' | 'design-objective-lowered' | 'design-dependency-made-critical';
import { formatPercent } from '../model/units.js';

/** The design file as it was at `base`, or undefined when it did not exist there or did not load. */
function designAt(design: Design, base: string): Design | undefined {
  let text: string;
  try {
    text = execFileSync('git', ['show', '--end-of-options', `${base}:./${basename(design.file)}`], {
      cwd: dirname(design.file),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 8 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
  try {
    return loadDesignText(text, design.file);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/**
 * What the design promised at `base` and no longer does: a removed SLO, a lowered objective, a
 * dependency made critical. Each is a warning located in the current file, with the base location related.
 */
export function designRegressions(design: Design, base: string): Finding[] {
  const before = designAt(design, base);
  if (!before) return [];
  const findings: Finding[] = [];
  const add = (ruleId: DesignChangeId, pointer: string, basePointer: string, message: string, data: Record<string, unknown>) => {
    const change = DESIGN_CHANGES.find((c) => c.id === ruleId)!;
    // A removal points at the key of the list that lost the item.
    const location: Location = locationOf(design.source, pointer, ruleId === 'design-slo-removed' ? 'key' : undefined);
    findings.push({
      ruleId,
      category: change.category,
      severity: change.severity,
      message: `since ${base}: ${message}`,
      location,
      related: [locationOf(before.source, basePointer)],
      fix: change.fix,
      data: { base, ...data },
      fingerprint: findingFingerprint({ ruleId, path: design.file, pointer }),
    });
  };
  for (const old of before.slos) {
    const now = design.slos.find((s) => s.name === old.name);
    if (!now)
      add('design-slo-removed', design.slos.length ? '/slos' : '', old.pointer, `the SLO "${old.name}" (${formatPercent(old.objective.percent)}) was removed`, {
        slo: old.name,
        objectivePercent: old.objective.percent,
      });
    else if (now.objective.percent < old.objective.percent)
      add(
        'design-objective-lowered',
        `${now.pointer}/objective`,
        `${old.pointer}/objective`,
        `the SLO "${old.name}" was lowered from ${formatPercent(old.objective.percent)} to ${formatPercent(now.objective.percent)}`,
        {
          slo: old.name,
          fromPercent: old.objective.percent,
          toPercent: now.objective.percent,
        },
      );
  }
  for (const now of design.dependencies) {
    const old = before.dependencies.find((d) => d.name === now.name && d.direction === now.direction);
    if (old && !old.critical && now.critical)
      add(
        'design-dependency-made-critical',
        `${now.pointer}/critical`,
        old.pointer,
        `the dependency ${now.name} was made critical: its failures now fail requests`,
        { dependency: now.name },
      );
  }
  return findings;
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../../src/core/diagnostic.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../../src/core/design-rule.js';
import { runDesignRules } from '../../../src/core/run-design-rules.js';
import { loadDesignFile, loadDesignText } from '../../../src/model/load.js';
import type { Design } from '../../../src/model/types.js';
import { operabilityRules } from '../../../src/operability/index.js';
import { withTempDir } from '../../support/cli.js';

/** The `orders` design with the given YAML after its header (line 3 on). */
export function design(body: string): Design {
  return loadDesignText(`archway: 1\nservice: { name: orders }\n${body}`, '/tmp/op-pinned/archway.yaml');
}

export function findings(id: string, ...designs: Design[]): Finding[] {
  const rule = operabilityRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no operability rule ${id}`);
  return runDesignRules([rule], designs, DEFAULT_REVIEW_OPTIONS);
}

/** The findings of a rule over a design written to a folder with the given contract files. */
export function findingsWithFiles(id: string, body: string, files: Record<string, string>): Finding[] {
  return withTempDir((dir) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'archway.yaml'), `archway: 1\nservice: { name: orders }\n${body}`);
    return findings(id, loadDesignFile(join(dir, 'archway.yaml')));
  });
}

/** `ruleId@pointer line:column`, severity, message and data of each finding. */
export function pin(found: readonly Finding[]) {
  return found.map((f) => ({
    at: `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column}`,
    severity: f.severity,
    message: f.message,
    data: f.data,
  }));
}

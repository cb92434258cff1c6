import type { Finding } from '../../src/core/diagnostic.js';
import { loadDesignText } from '../../src/model/load.js';
import type { Design } from '../../src/model/types.js';
import { resilienceRules } from '../../src/resilience/index.js';
import { DEFAULT_REVIEW_OPTIONS } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';

/** A design named `name` with the given YAML after its header, loaded from a fake path per service. */
export function design(body: string, name = 'x'): Design {
  return loadDesignText(`archway: 1\nservice: { name: ${name} }\n${body}`, `/tmp/resilience/${name}/archway.yaml`);
}

/** The findings one resilience rule reports over a system of designs (one design = a service review). */
export function findings(id: string, ...designs: Design[]): Finding[] {
  const rule = resilienceRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no resilience rule ${id}`);
  return runDesignRules([rule], designs, DEFAULT_REVIEW_OPTIONS);
}

export function messages(id: string, ...designs: Design[]): string[] {
  return findings(id, ...designs).map((f) => f.message);
}

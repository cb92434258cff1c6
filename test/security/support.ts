import { loadDesignText } from '../../src/model/load.js';
import type { Design } from '../../src/model/types.js';
import { DEFAULT_REVIEW_OPTIONS, type DesignRule } from '../../src/core/design-rule.js';
import { runDesignRules } from '../../src/core/run-design-rules.js';

/** A design from inline YAML; the path is never read, since security examples name no contracts. */
export function design(text: string): Design {
  return loadDesignText(text, '/tmp/x/archway.yaml');
}

/** One compact line per finding: `ruleId@pointer line:column severity message`. */
export function findings(rule: DesignRule, text: string): string[] {
  return runDesignRules([rule], [design(text)], DEFAULT_REVIEW_OPTIONS).map(
    (f) => `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.severity} ${f.message}`,
  );
}

/** The findings themselves, for assertions on fix and data. */
export function rawFindings(rule: DesignRule, text: string) {
  return runDesignRules([rule], [design(text)], DEFAULT_REVIEW_OPTIONS);
}

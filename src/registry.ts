import type { RuleMeta } from './core/rule.js';
import type { ChangeExample } from './diff/check.js';
import { CHECKS } from './diff/checks/index.js';
import { checkMeta } from './diff/format/findings.js';
import { CONTRACT_PROBLEMS } from './contracts/problems/index.js';
import { DESIGN_CHANGES } from './system/changes/index.js';
import { LINT_RULES } from './lint/rules/index.js';
import { DESIGN_RULE_SETS } from './review/design-rules.js';
import { PROBES } from './verify/probes/index.js';

/** A documented rule of any engine, with where its source lives (one step from id to file). */
export interface RegisteredRule extends RuleMeta {
  engine: string;
  source: string;
  examples: { bad: string | string[]; good: string | string[]; files?: Record<string, string>; options?: Record<string, unknown> };
  verify?: string;
}

/** A diff example as its two sides, each headed by which side it is and the behaviour it shows. */
function changeExample(example: ChangeExample): string[] {
  return [`# base: ${example.name}\n${example.base || '# (absent)'}\n`, `# revision\n${example.revision || '# (absent)'}\n`];
}

/** Every rule archway knows, sorted by id. */
export function allRules(): RegisteredRule[] {
  const rules: RegisteredRule[] = DESIGN_RULE_SETS.flatMap(({ engine, dir, rules }) =>
    rules.map((rule) => ({ ...rule, engine, source: `${dir}/${rule.id}.ts` })),
  );
  for (const problem of CONTRACT_PROBLEMS) rules.push({ ...problem, engine: 'contracts', source: `src/contracts/problems/${problem.id}.ts` });
  for (const change of DESIGN_CHANGES) rules.push({ ...change, engine: 'system', source: `src/system/changes/${change.id}.ts` });
  for (const rule of LINT_RULES) rules.push({ ...rule, engine: 'lint', source: `src/lint/rules/${rule.id}.ts` });
  for (const { run: _run, inspect: _inspect, ...probe } of PROBES) rules.push({ ...probe, engine: 'verify', source: `src/verify/probes/${probe.id}.ts` });
  for (const check of CHECKS) {
    rules.push({
      ...checkMeta(check),
      engine: 'diff',
      source: `src/diff/checks/${check.id}.ts`,
      examples: { bad: changeExample(check.examples.bad), good: changeExample(check.examples.good) },
    });
  }
  return rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function findRule(id: string): RegisteredRule | undefined {
  return allRules().find((rule) => rule.id === id);
}

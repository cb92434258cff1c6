import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { atLeast, sortFindings, type Finding, type Severity } from '../../core/diagnostic.js';
import { InputError, type InputProblem } from '../../core/input-error.js';
import { loadContract } from '../../contracts/load.js';
import { DEFAULT_CONFIG, LINT_RULES, lintContract, loadLintConfig, readBaseline, writeBaseline, type LintConfig } from '../../lint/index.js';
import { FINDINGS_FORMATS, formatFindings } from '../../report/formatters/index.js';
import { defineCommand, FAIL_ON_OPTION, FORMAT_OPTION, oneOf, UsageError } from '../command.js';
import { expandInputs } from '../inputs.js';
import { FAIL_ON } from './review.js';

const CONTRACT_FILE = (name: string) => /\.(ya?ml|json)$/i.test(name) && !/^archway(\.config)?\.ya?ml$/.test(name) && !name.endsWith('.archway.yaml');

export default defineCommand({
  meta: {
    name: 'lint',
    description: 'Check OpenAPI 2.0/3.0/3.1 and AsyncAPI contracts for API hygiene',
    usage:
      'archway lint <contract | dir | glob …> [--ruleset recommended|strict] [--config archway.config.yaml] [--format stylish|json|sarif|junit|github|markdown] [--fail-on error|warn|info|never] [--baseline file] [--write-baseline file] [--allow-outside-root]',
  },
  options: {
    ...FORMAT_OPTION,
    ...FAIL_ON_OPTION,
    ruleset: { type: 'string' },
    config: { type: 'string', short: 'c' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    'allow-outside-root': { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    if (positionals.length === 0) throw new UsageError('name at least one contract file, directory or glob');
    const format = oneOf('format', values.format, FINDINGS_FORMATS, 'stylish');
    const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'error');
    const known = new Set(LINT_RULES.map((r) => r.id));
    const configPath = (values.config as string | undefined) ?? (existsSync(resolve(io.cwd, 'archway.config.yaml')) ? 'archway.config.yaml' : undefined);
    let config: LintConfig = configPath ? loadLintConfig(resolve(io.cwd, configPath), known) : DEFAULT_CONFIG;
    if (values.ruleset !== undefined) config = { ...config, extends: oneOf('ruleset', values.ruleset, ['recommended', 'strict'] as const, 'recommended') };

    const files = expandInputs(positionals, io.cwd, CONTRACT_FILE);
    const findings: Finding[] = [];
    const problems: InputProblem[] = [];
    for (const file of files) {
      try {
        findings.push(...lintContract(loadContract(file, { allowOutsideRoot: Boolean(values['allow-outside-root']) }), config));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        problems.push(...error.problems);
      }
    }
    if (problems.length > 0) throw new InputError(problems);

    const all = sortFindings(findings);
    if (values['write-baseline']) {
      writeBaseline(resolve(io.cwd, values['write-baseline'] as string), all);
      io.stderr(`wrote a baseline of ${all.length} findings\n`);
    }
    const baseline = values.baseline ? readBaseline(resolve(io.cwd, values.baseline as string)) : undefined;
    const shown = baseline ? all.filter((f) => !baseline.has(f.fingerprint)) : all;
    const readSource = (file: string) => {
      const path = resolve(io.cwd, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    };
    io.stdout(formatFindings(format, shown, { rules: LINT_RULES, readSource: format === 'stylish' ? readSource : undefined, color: io.color }));
    if (failOn === 'never') return 0;
    return shown.some((f) => atLeast(f.severity, failOn as Severity)) ? 1 : 0;
  },
});

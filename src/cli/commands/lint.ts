import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sortFindings, type Finding } from '../../core/diagnostic.js';
import { InputError, type InputProblem } from '../../core/input-error.js';
import { loadContract } from '../../contracts/load.js';
import { beginRun } from '../../core/read-input.js';
import { LINT_RULES, lintWithRulesets, readBaseline, writeBaseline } from '../../lint/index.js';
import { loadLintSetup, setupRules } from '../../lint/setup.js';
import { FINDINGS_FORMATS, formatFindings } from '../../report/formatters/index.js';
import { defineCommand, FAIL_ON_OPTION, failOnExitCode, FORMAT_OPTION, oneOf, printConfigWarnings, sourceReader, UsageError } from '../command.js';
import { expandInputs } from '../inputs.js';
import { looksLikeSpectral } from '../../lint/spectral/index.js';
import { readInputText } from '../../core/read-input.js';
import { parse } from 'yaml';

/** Whether a --ruleset file is a Spectral ruleset (else it is in the archway config's shape). */
function isSpectralFile(path: string): boolean {
  // A module, or a Spectral ruleset's own file name, says so without reading the file (its loader reads it).
  if (looksLikeSpectral(path, undefined)) return true;
  let data: unknown;
  try {
    data = parse(readInputText(path, { shown: path, what: 'ruleset file', maxBytes: 4 * 1024 * 1024 }), { uniqueKeys: false });
  } catch {
    // Not parseable here: the loader that owns the file reports where.
    return false;
  }
  return looksLikeSpectral(path, data);
}

/** Declared here, not imported from review: `archway lint` must not load the whole review pipeline. */
const FAIL_ON = ['error', 'warn', 'info', 'never'] as const;

const CONTRACT_FILE = (name: string) => /\.(ya?ml|json)$/i.test(name) && !/^archway(\.config)?\.ya?ml$/.test(name) && !name.endsWith('.archway.yaml');

export default defineCommand({
  meta: {
    name: 'lint',
    description: 'Check OpenAPI 2.0/3.0/3.1 and AsyncAPI contracts for API hygiene',
    usage:
      'archway lint <contract | dir | glob …> [--ruleset recommended|strict|spectral:oas|.spectral.yaml|archway-ruleset.yaml] [--config archway.config.yaml] [--format stylish|json|sarif|junit|github|markdown] [--fail-on error|warn|info|never] [--baseline file] [--write-baseline file] [--allow-remote-refs] [--allow-outside-root]',
  },
  options: {
    ...FORMAT_OPTION,
    ...FAIL_ON_OPTION,
    ruleset: { type: 'string' },
    config: { type: 'string', short: 'c' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    'allow-remote-refs': { type: 'boolean' },
    'allow-outside-root': { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    beginRun();
    if (positionals.length === 0) throw new UsageError('name at least one contract file, directory or glob');
    const format = oneOf('format', values.format, FINDINGS_FORMATS, 'stylish');
    const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'error');
    const ruleset = values.ruleset as string | undefined;
    const preset = ruleset === 'recommended' || ruleset === 'strict' ? ruleset : undefined;
    const peer = ruleset === 'spectral:oas' || ruleset === 'spectral:asyncapi' ? ruleset : undefined;
    const rulesetFile = ruleset !== undefined && !preset && !peer ? resolve(io.cwd, ruleset) : undefined;
    if (rulesetFile !== undefined && !existsSync(rulesetFile))
      throw new UsageError(`--ruleset must be recommended, strict or a ruleset file; "${ruleset}" is none of these`);
    // A ruleset file is a Spectral ruleset, or has the config file's shape and takes the config's place.
    const spectralFile = rulesetFile !== undefined && isSpectralFile(rulesetFile) ? rulesetFile : undefined;
    if (rulesetFile !== undefined && !spectralFile && values.config !== undefined) throw new UsageError('give either --ruleset <file> or --config, not both');
    // The loader `review` shares: a --ruleset file in the config's shape takes the config's place.
    const setup = await loadLintSetup(io.cwd, {
      config: (spectralFile ? undefined : rulesetFile) ?? (values.config as string | undefined),
      preset,
      ruleset: spectralFile ?? peer,
    });
    const { config, rulesets, configPath } = setup;
    printConfigWarnings(config, io);

    const files = expandInputs(positionals, io.cwd, CONTRACT_FILE);
    const findings: Finding[] = [];
    const problems: InputProblem[] = [];
    const read = new Set<string>([...(configPath ? [configPath] : []), ...rulesets.map((r) => r.file).filter((f) => !f.startsWith('spectral:'))]);
    for (const file of files) {
      read.add(file);
      try {
        const doc = loadContract(file, {
          allowOutsideRoot: Boolean(values['allow-outside-root']),
          allowRemoteRefs: Boolean(values['allow-remote-refs']),
          cwd: io.cwd,
        });
        await doc.fetchRemoteRefs();
        for (const [path, loaded] of doc.files) if (loaded && !/^https?:/i.test(path)) read.add(path);
        findings.push(...(await lintWithRulesets(doc, config, LINT_RULES, { cwd: io.cwd, rulesets })));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        problems.push(...error.problems);
      }
    }
    if (problems.length > 0) throw new InputError(problems);

    const all = sortFindings(findings);
    const writeTo = values['write-baseline'] as string | undefined;
    if (writeTo !== undefined) {
      if (writeTo.trim() === '') throw new UsageError('--write-baseline is empty (an unset variable?); name the baseline file');
      writeBaseline(resolve(io.cwd, writeTo), all, { cwd: io.cwd, inputs: [...read] });
      io.stderr(`wrote a baseline of ${all.length} findings to ${writeTo}\n`);
    }
    // Once written, today's findings are the baseline: none is new, and the run succeeds.
    const baseline =
      writeTo !== undefined
        ? new Set(all.map((f) => f.fingerprint))
        : values.baseline
          ? readBaseline(resolve(io.cwd, values.baseline as string), io.cwd)
          : undefined;
    const shown = baseline ? all.filter((f) => !baseline.has(f.fingerprint)) : all;
    const readSource = sourceReader(io.cwd);
    io.stdout(
      formatFindings(format, shown, {
        rules: setupRules(setup),
        readSource: format === 'stylish' ? readSource : undefined,
        color: io.color,
        cwd: io.cwd,
        failOn,
      }),
    );
    return failOnExitCode(shown, failOn);
  },
});

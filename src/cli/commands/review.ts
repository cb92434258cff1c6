import { resolve } from 'node:path';
import { countBySeverity } from '../../core/diagnostic.js';
import { outPathProblem } from '../../core/paths.js';
import { beginRun } from '../../core/read-input.js';
import { displayPath } from '../../core/source.js';
import { FINDINGS_FORMATS, formatFindings } from '../../report/formatters/index.js';
import { summaryLine } from '../../report/formatters/stylish.js';
import { staleFiles, writeOutputDir } from '../../report/write-output.js';
import { review } from '../../review/pipeline.js';
import { loadLintSetup } from '../../lint/setup.js';
import { dateOption, defineCommand, FAIL_ON_OPTION, failOnExitCode, FORMAT_OPTION, oneOf, printConfigWarnings, sourceReader, UsageError } from '../command.js';
import { expandInputs } from '../inputs.js';

export const FAIL_ON = ['error', 'warn', 'info', 'never'] as const;

export default defineCommand({
  meta: {
    name: 'review',
    description: 'Review one service (or a system of several) and write archway-out/',
    usage:
      'archway review [archway.yaml | dir | glob …] [--out dir] [--format stylish|json|sarif|junit|github|markdown] [--fail-on error|warn|info|never] [--config archway.config.yaml] [--check] [--force] [--date YYYY-MM-DD] [--base git-ref] [--allow-outside-root]',
  },
  options: {
    ...FORMAT_OPTION,
    ...FAIL_ON_OPTION,
    out: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    check: { type: 'boolean' },
    force: { type: 'boolean' },
    date: { type: 'string' },
    base: { type: 'string' },
    'allow-outside-root': { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    beginRun();
    const format = oneOf('format', values.format, FINDINGS_FORMATS, 'stylish');
    const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'error');
    const out = (values.out as string | undefined) ?? 'archway-out';
    const early = outPathProblem(out, 'folder', io.cwd, []);
    if (early) throw new UsageError(early);
    const outDir = resolve(io.cwd, out);
    const inputs = positionals.length > 0 ? positionals : ['archway.yaml'];
    const paths = expandInputs(inputs, io.cwd, (name) => name === 'archway.yaml' || name.endsWith('.archway.yaml'));
    const allowOutsideRoot = Boolean(values['allow-outside-root']);
    const today = dateOption(values.date);
    // What `archway lint` in this folder runs, found from the working directory as lint finds it.
    const lint = await loadLintSetup(io.cwd, { config: values.config as string | undefined });
    printConfigWarnings(lint.config, io);
    const result = await review(paths, { today, base: values.base as string | undefined, cwd: io.cwd, allowOutsideRoot, lint });
    // Only now are the contracts known: the output may hold none of them, nor a design, nor what lint read.
    const contracts = result.designs.flatMap((d) => [...d.api, ...d.events, ...d.dependencies].flatMap((s) => (s.contract ? [s.contract.absolutePath] : [])));
    const lintFiles = [...(lint.configPath ? [lint.configPath] : []), ...lint.rulesets.map((r) => r.file).filter((f) => !f.startsWith('spectral:'))];
    const problem = outPathProblem(out, 'folder', io.cwd, [...paths, ...contracts, ...lintFiles]);
    if (problem) throw new UsageError(problem);
    const shownOut = displayPath(outDir, io.cwd);

    if (values.check) {
      const { stale, orphaned } = staleFiles(outDir, result.files, io.cwd);
      if (stale.length === 0 && orphaned.length === 0) {
        io.stdout(`${shownOut} is up to date\n`);
        return 0;
      }
      const parts = [stale.length > 0 && stale.join(', '), orphaned.length > 0 && `no longer produced: ${orphaned.join(', ')}`].filter(Boolean);
      io.stderr(`${shownOut} is stale; run \`archway review\` and commit: ${parts.join('; ')}\n`);
      return 1;
    }

    await writeOutputDir(outDir, result.files, { force: Boolean(values.force), cwd: io.cwd });
    if (format === 'stylish') {
      // A system review names the folder, not every service and file in it.
      const system = result.designs.length > 1;
      const services = system ? `a system of ${result.designs.length} services` : result.designs[0].service.name;
      const contents = system
        ? 'the system page, and a folder per service'
        : [...new Set([...result.files.keys()].map((f) => f.split('/')[0]))].sort().join(', ');
      // The findings as `archway lint` prints them (ending with the counts), then where the review went.
      const findings =
        result.findings.length > 0
          ? `${formatFindings('stylish', result.findings, { rules: result.formatRules, readSource: sourceReader(io.cwd), color: io.color }).trim()}\n`
          : `${summaryLine(countBySeverity(result.findings))}\n`;
      io.stdout(
        `${findings}archway review: ${services}\n` +
          `wrote ${result.files.size} files to ${shownOut}/ (${contents})\n` +
          `read ${shownOut}/DESIGN.md for the review\n`,
      );
    } else {
      io.stdout(formatFindings(format, result.findings, { rules: result.formatRules, readSource: sourceReader(io.cwd), color: io.color, cwd: io.cwd, failOn }));
    }
    return failOnExitCode(result.findings, failOn);
  },
});

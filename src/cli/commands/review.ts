import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { atLeast, countBySeverity, type Severity } from '../../core/diagnostic.js';
import { displayPath } from '../../core/source.js';
import { FINDINGS_FORMATS, formatFindings } from '../../report/formatters/index.js';
import { summaryLine } from '../../report/formatters/stylish.js';
import { staleFiles, writeOutputDir } from '../../report/write-output.js';
import { review } from '../../review/pipeline.js';
import { defineCommand, FAIL_ON_OPTION, FORMAT_OPTION, oneOf } from '../command.js';
import { expandInputs } from '../inputs.js';

export const FAIL_ON = ['error', 'warn', 'info', 'never'] as const;

export default defineCommand({
  meta: {
    name: 'review',
    description: 'Review one service (or a system of several) and write archway-out/',
    usage: 'archway review [archway.yaml | dir | glob …] [--out dir] [--format stylish|json|sarif|junit|github|markdown] [--fail-on error|warn|info|never] [--check] [--date YYYY-MM-DD] [--base git-ref]',
  },
  options: { ...FORMAT_OPTION, ...FAIL_ON_OPTION, out: { type: 'string', short: 'o' }, check: { type: 'boolean' }, date: { type: 'string' }, base: { type: 'string' } },
  async run({ positionals, values }, io) {
    const format = oneOf('format', values.format, FINDINGS_FORMATS, 'stylish');
    const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'error');
    const outDir = resolve(io.cwd, (values.out as string | undefined) ?? 'archway-out');
    const inputs = positionals.length > 0 ? positionals : ['archway.yaml'];
    const paths = expandInputs(inputs, io.cwd, (name) => name === 'archway.yaml' || name.endsWith('.archway.yaml'));
    const result = review(paths, { today: (values.date as string | undefined) ?? new Date().toISOString().slice(0, 10), base: values.base as string | undefined });
    const shownOut = displayPath(outDir, io.cwd);

    if (values.check) {
      const stale = staleFiles(outDir, result.files);
      if (stale.length === 0) {
        io.stdout(`${shownOut} is up to date\n`);
        return 0;
      }
      io.stderr(`${shownOut} is stale; run \`archway review\` and commit: ${stale.join(', ')}\n`);
      return 1;
    }

    writeOutputDir(outDir, result.files);
    if (format === 'stylish') {
      const counts = countBySeverity(result.findings);
      // A system review names the folder, not every service and file in it.
      const system = result.designs.length > 1;
      const services = system ? `a system of ${result.designs.length} services` : result.designs[0].service.name;
      const contents = system ? 'the system page, and a folder per service' : [...new Set([...result.files.keys()].map((f) => f.split('/')[0]))].sort().join(', ');
      io.stdout(
        `archway review: ${services}\n${summaryLine(counts)}\n` +
          `wrote ${result.files.size} files to ${shownOut}/ (${contents})\n` +
          `read ${shownOut}/DESIGN.md for the review\n`,
      );
    } else {
      io.stdout(formatFindings(format, result.findings, { rules: result.rules, readSource: readSource(io.cwd), color: io.color }));
    }
    if (failOn === 'never') return 0;
    return result.findings.some((f) => atLeast(f.severity, failOn as Severity)) ? 1 : 0;
  },
});

function readSource(cwd: string) {
  return (file: string) => {
    const path = resolve(cwd, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
}

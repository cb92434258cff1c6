import { resolve } from 'node:path';
import { InputError } from '../../core/input-error.js';
import { outPathProblem } from '../../core/paths.js';
import { beginRun } from '../../core/read-input.js';
import { displayPath, locationOf } from '../../core/source.js';
import { loadDesignFile } from '../../model/load.js';
import { generateOperability, sloProblems } from '../../operability/index.js';
import { writeOutputDir } from '../../report/write-output.js';
import { defineCommand, UsageError } from '../command.js';

export default defineCommand({
  meta: {
    name: 'slo',
    description: 'Generate Prometheus recording and burn-rate alert rules, promtool tests, a Grafana dashboard and runbooks',
    usage: 'archway slo <archway.yaml> [--out dir (default archway-slo)] [--runbook-base-url URL] [--force] [--allow-outside-root]',
  },
  options: {
    out: { type: 'string', short: 'o' },
    'runbook-base-url': { type: 'string' },
    force: { type: 'boolean' },
    'allow-outside-root': { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    beginRun();
    if (positionals.length !== 1) throw new UsageError('name one design file');
    const raw = (values.out as string | undefined) ?? 'archway-slo';
    const designPath = resolve(io.cwd, positionals[0]);
    const problem = outPathProblem(raw, 'folder', io.cwd, [designPath]);
    if (problem) throw new UsageError(problem);
    const design = loadDesignFile(designPath, { allowOutsideRoot: Boolean(values['allow-outside-root']), cwd: io.cwd });
    // Rules for a broken SLO would load in Prometheus and never fire: refuse them outright.
    const problems = sloProblems(design);
    if (problems.length > 0) throw new InputError(problems.map((p) => ({ location: locationOf(design.source, p.pointer), message: p.message })));
    const files = generateOperability(design, { runbookBaseUrl: values['runbook-base-url'] as string | undefined });
    const out = resolve(io.cwd, raw);
    await writeOutputDir(out, files, { force: Boolean(values.force), cwd: io.cwd });
    const shown = displayPath(out, io.cwd);
    io.stdout(`archway slo: ${design.service.name}: ${design.slos.length} SLOs, ${design.slos.length * 2} alerts, ${files.size} files in ${shown}/\n`);
    if (design.slos.length === 0) io.stdout('no SLOs declared: only the dashboard was written; add `slos:` to the design\n');
    else
      io.stdout(
        `check them with: promtool check rules ${shown}/alerts/prometheus-rules.yaml && promtool test rules ${shown}/alerts/prometheus-rules.test.yaml\n`,
      );
    return 0;
  },
});

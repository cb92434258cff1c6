import { resolve } from 'node:path';
import { displayPath } from '../../core/source.js';
import { loadDesignFile } from '../../model/load.js';
import { generateOperability } from '../../operability/index.js';
import { writeOutputDir } from '../../report/write-output.js';
import { defineCommand, UsageError } from '../command.js';

export default defineCommand({
  meta: {
    name: 'slo',
    description: 'Generate Prometheus recording and burn-rate alert rules, promtool tests, a Grafana dashboard and runbooks',
    usage: 'archway slo <archway.yaml> [--out dir] [--runbook-base-url URL]',
  },
  options: { out: { type: 'string', short: 'o' }, 'runbook-base-url': { type: 'string' } },
  async run({ positionals, values }, io) {
    if (positionals.length !== 1) throw new UsageError('name one design file');
    const design = loadDesignFile(resolve(io.cwd, positionals[0]));
    const files = generateOperability(design, { runbookBaseUrl: values['runbook-base-url'] as string | undefined });
    const out = resolve(io.cwd, (values.out as string | undefined) ?? 'archway-slo');
    writeOutputDir(out, files);
    const alerts = design.slos.length * 2;
    io.stdout(`archway slo: ${design.service.name}: ${design.slos.length} SLOs, ${alerts} alerts, ${files.size} files in ${displayPath(out, io.cwd)}/\n`);
    if (design.slos.length === 0) io.stdout('no SLOs declared: only the dashboard was written; add `slos:` to the design\n');
    else io.stdout(`check them with: promtool check rules ${displayPath(out, io.cwd)}/alerts/prometheus-rules.yaml && promtool test rules ${displayPath(out, io.cwd)}/alerts/prometheus-rules.test.yaml\n`);
    return 0;
  },
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { diffCases, eventDiffCases, lintCases, rulesetCases, scalingCases, systemCases } from './cases.js';
import { renderResults, runCase, type CaseResult } from './harness.js';

const repo = resolve(fileURLToPath(import.meta.url), '../../..');
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    group: { type: 'string' },
    case: { type: 'string' },
    out: { type: 'string' },
    timeout: { type: 'string', default: '300' },
  },
});
const corpus = process.env.ARCHWAY_CORPUS ?? join(repo, '../shared/corpus');
const scratch = mkdtempSync(join(tmpdir(), 'archway-bench-'));
if (!existsSync(join(corpus, 'github'))) {
  process.stderr.write(`bench: the contract corpus is absent at ${corpus}; set ARCHWAY_CORPUS to the shared/corpus folder\n`);
  process.exit(2);
}
const cases = [
  ...lintCases(repo, corpus, scratch),
  ...rulesetCases(repo, corpus, scratch),
  ...diffCases(repo, corpus, scratch),
  ...eventDiffCases(repo, corpus, scratch),
  ...scalingCases(repo, scratch),
  ...systemCases(repo, scratch),
].filter((c) => (!values.group || c.group === values.group) && (!values.case || c.name.includes(values.case)));
if (cases.some((c) => c.group.startsWith('diff')) && !existsSync(join(repo, 'bench/peers/node_modules'))) {
  process.stderr.write('bench: installing the peer diff tools into bench/peers (once) …\n');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: join(repo, 'bench/peers'), stdio: 'inherit' });
}
const rounds = Number(values.rounds);
const results: CaseResult[] = [];
for (const bench of cases) {
  process.stderr.write(`${bench.group}: ${bench.name} …\n`);
  results.push(runCase(bench, rounds, Number(values.timeout) * 1000));
}
const command = `npm run bench -- --rounds ${rounds}${values.group ? ` --group ${values.group}` : ''}${values.case ? ` --case ${values.case}` : ''}`;
const report = renderResults(results, command, rounds);
// A one-group or one-case run must not wipe the other figures from RESULTS.md: it gets a file of its own.
const partial = values.group ?? (values.case ? 'case' : undefined);
writeFileSync(values.out ?? join(repo, partial ? `bench/RESULTS.${partial}.md` : 'bench/RESULTS.md'), report);
process.stdout.write(report);

// `npm run mutate [target …] [stryker option …]`: StrykerJS over each target of targets.mjs (all
// by default), one after another. Everything from the first `-` argument on goes to Stryker as
// given (`--concurrency 1`, `--mutate src/lint/rules/a.ts,src/lint/rules/b.ts`). Incremental: a
// result is reused while the mutant's code and its covering tests are unchanged; delete
// reports/mutation/<target>.incremental.json to start over.
import { spawnSync } from 'node:child_process';
import { targets } from './targets.mjs';

const args = process.argv.slice(2);
const first = args.findIndex((a) => a.startsWith('-'));
const names = first < 0 ? args : args.slice(0, first);
const options = first < 0 ? [] : args.slice(first);
for (const name of names) if (!(name in targets)) throw new Error(`unknown mutation target ${name}; one of ${Object.keys(targets).join(', ')}`);

let status = 0;
for (const name of names.length > 0 ? names : Object.keys(targets)) {
  const run = spawnSync(process.execPath, ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.mjs', ...options], {
    stdio: 'inherit',
    env: { ...process.env, ARCHWAY_MUTATE: name },
  });
  status ||= run.status ?? 1;
}
process.exit(status);

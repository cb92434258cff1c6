// `npm run mutate [target …]`: StrykerJS over each target of targets.mjs (all by default), one
// after another. Incremental: a result is reused while the mutant's code and its covering tests
// are unchanged; delete reports/mutation/<target>.incremental.json to start over.
import { spawnSync } from 'node:child_process';
import { targets } from './targets.mjs';

const names = process.argv.slice(2);
for (const name of names) if (!(name in targets)) throw new Error(`unknown mutation target ${name}; one of ${Object.keys(targets).join(', ')}`);

let status = 0;
for (const name of names.length > 0 ? names : Object.keys(targets)) {
  const run = spawnSync(process.execPath, ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, ARCHWAY_MUTATE: name },
  });
  status ||= run.status ?? 1;
}
process.exit(status);

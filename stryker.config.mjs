// StrykerJS over one target of stryker/targets.mjs (ARCHWAY_MUTATE, set by `npm run mutate`).
// Tests run on compiled JS: Stryker instruments src/**/*.ts in its sandbox, the build compiles
// the sandbox, and the runner loads the target's compiled tests.
import { fileURLToPath } from 'node:url';
import { targets } from './stryker/targets.mjs';

const name = process.env.ARCHWAY_MUTATE ?? 'resilience-rules';
const target = targets[name];
if (!target) throw new Error(`unknown mutation target ${name}; one of ${Object.keys(targets).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: target.mutate,
  // node-test-runner.mjs: in process, per-test coverage (Stryker has no runner for node:test).
  testRunner: 'node-test',
  appendPlugins: ['./stryker/node-test-runner.mjs', './stryker/rule-prose-ignorer.mjs'],
  ignorers: ['rule-prose'],
  coverageAnalysis: 'perTest',
  // Static mutants (rule ids, severities, examples, module constants: evaluated while modules
  // load) need a fresh process each, ~45 s apiece under load; the meta-tests pin those facts.
  ignoreStatic: true,
  // By absolute path: Stryker does not link a node_modules that is itself a symlink into the
  // sandbox (imports still resolve, from the project folder above it).
  // The structure check loads validators the build generates from the OpenAPI schemas.
  buildCommand: `node ${fileURLToPath(new URL('node_modules/tsgo/bin/tsc', import.meta.url))} -p tsconfig.json && node dist/scripts/precompile-schemas.js`,
  ignorePatterns: ['dist', 'archway-out', 'bench/peers', 'stryker.log'],
  // Two cores are shared with other work; timeouts are generous so that load is not read as a hang.
  concurrency: 2,
  timeoutFactor: 2,
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

// A StrykerJS test runner for node:test, in process: the target's compiled test files are loaded
// once per worker, and each mutant reruns only the tests that cover it (perTest coverage), with
// the mutant switched on through Stryker's global. The command runner instead starts Node and
// every test file for every mutant, and cannot tell which tests cover what.
import { register } from 'node:module';
import { existsSync, readdirSync, realpathSync, statSync, symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INSTRUMENTER_CONSTANTS as ID } from '@stryker-mutator/api/core';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';
import { DryRunStatus, TestStatus, determineHitLimitReached, toMutantRunResult } from '@stryker-mutator/api/test-runner';
import { targets } from './targets.mjs';

/** The compiled test files of a target's test sources (files, or folders searched for *.test.ts). */
function* compiledTests(source) {
  const path = join('dist', source.replace(/\.ts$/, '.js'));
  if (!existsSync(path)) return; // a folder that exists only on another branch so far
  if (statSync(path).isFile()) {
    yield { compiled: path, source };
    return;
  }
  for (const name of readdirSync(path).sort()) {
    const child = join(source, name);
    if (statSync(join(path, name)).isDirectory() || name.endsWith('.test.js')) yield* compiledTests(child.replace(/\.js$/, '.ts'));
  }
}

/**
 * Stryker does not link a node_modules that is itself a symlink into its sandbox (the worker runs in
 * <project>/.stryker-tmp/sandbox-*): imports resolve from the project above, but tests that read an
 * installed package's files by path (the peer tables read Redocly's bundle) need it in place.
 */
function linkNodeModules() {
  if (existsSync('node_modules') || !existsSync('../../node_modules')) return;
  try {
    symlinkSync(realpathSync('../../node_modules'), 'node_modules', 'dir');
  } catch (error) {
    if (error.code !== 'EEXIST') throw error; // another worker linked it first
  }
}

const stryker = () => (globalThis[ID.NAMESPACE] ??= {});

/**
 * The tests of the mutated rule first (its test file, or tests named `<id>: …` / `<id> …`): they
 * kill most of its mutants, and with bail on the run stops at the first failure. The order changes
 * no outcome, since every test builds what it compares.
 */
function ownFirst(tests, fileName) {
  const id = basename(fileName ?? '').replace(/\.[cm]?[jt]s$/, '');
  if (!id) return tests;
  const own = (t) => basename(t.file).startsWith(`${id}.`) || t.name.startsWith(`${id}:`) || t.name.startsWith(`${id} `);
  return [...tests.filter(own), ...tests.filter((t) => !own(t))];
}

class NodeTestRunner {
  static inject = [];
  tests;

  capabilities() {
    // Static mutants (evaluated while modules load) need a fresh process; Stryker restarts this one.
    return { reloadEnvironment: false };
  }

  async load() {
    if (this.tests) return this.tests;
    const target = targets[process.env.ARCHWAY_MUTATE];
    linkNodeModules();
    register('./node-test-hooks.mjs', import.meta.url);
    const registry = (globalThis.__archwayNodeTests__ ??= { file: '', tests: [], suites: [], befores: [] });
    for (const source of target.tests) {
      for (const { compiled, source: file } of compiledTests(source)) {
        registry.file = file;
        await import(pathToFileURL(resolve(compiled)).href);
      }
    }
    const skip = target.skip;
    this.tests = registry.tests.filter((t) => skip === undefined || !t.name.includes(skip)).map((t) => ({ ...t, id: `${t.file} > ${t.name}` }));
    return this.tests;
  }

  async run(tests, bail) {
    const results = [];
    for (const t of tests) {
      const start = performance.now();
      stryker()[ID.CURRENT_TEST_ID] = t.id;
      try {
        for (const hook of t.befores) await (hook.done ??= hook.fn());
        // node:test's TestContext as far as the tests use it: t.skip()/t.todo() mark the test
        // skipped (a corpus test without $ARCHWAY_CORPUS), not failed.
        let skipped = false;
        const context = { name: t.name, diagnostic() {}, plan() {}, skip: () => void (skipped = true), todo: () => void (skipped = true) };
        await t.fn(context);
        const status = skipped ? TestStatus.Skipped : TestStatus.Success;
        results.push({ id: t.id, name: t.name, fileName: resolve(t.file), status, timeSpentMs: performance.now() - start });
      } catch (error) {
        const failureMessage = error instanceof Error ? error.message : String(error);
        results.push({ id: t.id, name: t.name, fileName: resolve(t.file), status: TestStatus.Failed, failureMessage, timeSpentMs: performance.now() - start });
        if (bail) break;
      } finally {
        stryker()[ID.CURRENT_TEST_ID] = undefined;
      }
    }
    return results;
  }

  async dryRun(options) {
    try {
      const ns = stryker();
      ns[ID.ACTIVE_MUTANT] = undefined;
      const tests = await this.run(await this.load(), false);
      return { status: DryRunStatus.Complete, tests, mutantCoverage: options.coverageAnalysis === 'off' ? undefined : ns[ID.MUTATION_COVERAGE_OBJECT] };
    } catch (error) {
      return { status: DryRunStatus.Error, errorMessage: String(error?.stack ?? error) };
    }
  }

  async mutantRun(options) {
    const ns = stryker();
    // Set before loading: a static mutant is read while the modules load, in a fresh process.
    ns[ID.ACTIVE_MUTANT] = options.activeMutant.id;
    ns[ID.HIT_LIMIT] = options.hitLimit;
    ns[ID.HIT_COUNT] = options.hitLimit === undefined ? undefined : 0;
    try {
      const all = await this.load();
      const filter = options.testFilter && new Set(options.testFilter);
      const tests = await this.run(ownFirst(filter ? all.filter((t) => filter.has(t.id)) : all, options.activeMutant.fileName), !options.disableBail);
      const timeout = determineHitLimitReached(ns[ID.HIT_COUNT], ns[ID.HIT_LIMIT]);
      return toMutantRunResult(timeout ?? { status: DryRunStatus.Complete, tests });
    } catch (error) {
      // A mutant that breaks loading (a module-level throw) is caught by every test.
      return toMutantRunResult({
        status: DryRunStatus.Complete,
        tests: [{ id: 'load', name: 'load', status: TestStatus.Failed, failureMessage: String(error), timeSpentMs: 0 }],
      });
    } finally {
      ns[ID.ACTIVE_MUTANT] = undefined;
    }
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.TestRunner, 'node-test', NodeTestRunner)];

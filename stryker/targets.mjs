/**
 * What `npm run mutate` mutates, and the tests the runner loads for it (test sources: files, or
 * folders searched for *.test.ts). Only in-process tests: CLI, corpus and promtool tests spawn
 * processes or read the corpus and take minutes per mutant.
 */
export const targets = {
  'lint-rules': {
    mutate: ['src/lint/rules/**/*.ts'],
    tests: [
      'test/lint/rules',
      'test/lint/peers',
      'test/lint/hygiene/contract-rules.test.ts',
      'test/lint/rules.meta.test.ts',
      'test/lint/events.test.ts',
      'test/lint/examples.test.ts',
    ],
  },
  'diff-checks': {
    mutate: ['src/diff/checks/**/*.ts'],
    // checks.meta.test.ts pins each check's cases (test/diff/cases) and their golden sections in the
    // check's own test, so a mutant reruns only the tests of the checks whose cases reach it.
    tests: [
      'test/diff/checks.meta.test.ts',
      'test/diff/engine.test.ts',
      'test/diff/events.test.ts',
      'test/diff/rollout.test.ts',
      'test/diff/bindings.test.ts',
      'test/diff/union-branch.test.ts',
      'test/diff/refs.test.ts',
      'test/diff/format.test.ts',
    ],
    // The two whole-corpus tests (3 s per survivor they cover) kill no mutant the pinned cases miss.
    skip: 'corpus',
  },
  'resilience-rules': {
    mutate: ['src/resilience/rules/**/*.ts'],
    tests: ['test/resilience'],
  },
  operability: {
    mutate: ['src/operability/**/*.ts'],
    tests: ['test/operability/pinned', 'test/operability/rules.test.ts', 'test/operability/burn-rates.test.ts', 'test/operability/golden.test.ts'],
    // Tests whose name holds `skip` are left out: golden.test.ts's promtool run takes a minute.
    skip: 'promtool',
  },
  'security-rules': {
    mutate: ['src/security/rules/**/*.ts'],
    tests: ['test/security'],
  },
};

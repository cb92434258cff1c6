// Stands in for `node:test` inside the mutation runner: it records each test instead of running
// it, so that the runner can run the recorded functions again for every mutant in one process.
const registry = (globalThis.__archwayNodeTests__ ??= { file: '', tests: [], suites: [], befores: [] });

export function test(name, options, fn) {
  if (typeof options === 'function') [fn, options] = [options, {}];
  if (options?.skip || options?.todo) return;
  registry.tests.push({ file: registry.file, name: [...registry.suites, name].join(' > '), fn, befores: [...registry.befores] });
}

export function describe(name, options, fn) {
  if (typeof options === 'function') fn = options;
  const befores = registry.befores;
  registry.suites.push(name);
  try {
    fn();
  } finally {
    registry.suites.pop();
    registry.befores = befores;
  }
}

export function before(fn) {
  registry.befores = [...registry.befores, { fn, done: undefined }];
}

test.skip = test.todo = describe.skip = describe.todo = () => {};
test.only = test;
describe.only = describe;

export { test as it, describe as suite };
export default test;

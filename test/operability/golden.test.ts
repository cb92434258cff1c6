import { test } from 'node:test';
import { loadDesignFile } from '../../src/model/load.js';
import { generateOperability } from '../../src/operability/index.js';
import { REPO } from '../support/cli.js';
import { assertGolden } from '../support/golden.js';
import { join } from 'node:path';

test('the checkout example’s rules, tests, dashboard and runbooks match their goldens', () => {
  const files = generateOperability(loadDesignFile(join(REPO, 'examples/checkout/archway.yaml')));
  assertGolden('test/golden/checkout/operability', files, [...files.keys()].sort());
});

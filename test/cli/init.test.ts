import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDesignText } from '../../src/model/load.js';
import { CORPUS, REPO, runCli, withTempDirAsync } from '../support/cli.js';

test('init --from infers the surface, error shape and pagination, and the result validates', async () => {
  await withTempDirAsync(async (dir) => {
    const target = join(dir, 'archway.yaml');
    const run = await runCli(['init', '--from', join(REPO, 'examples/checkout/openapi.yaml'), '--out', target]);
    assert.equal(run.code, 0, run.stderr);
    const text = readFileSync(target, 'utf8');
    assert.match(text, /# Inferred from .*openapi\.yaml: 12 operations\n#   error shape: problem\+json\n#   pagination: cursor\n#   authentication: oauth2\n/);
    const design = loadDesignText(text, target, { allowOutsideRoot: true });
    assert.equal(design.service.name, 'checkout-api');
    assert.equal(design.api[0].stability, 'stable');
    assert.equal(design.api[0].visibility, 'public');
    assert.equal(design.api[0].contract?.absolutePath, join(REPO, 'examples/checkout/openapi.yaml'));
  });
});

test('init --from a real Stripe description infers its cursor pagination', async () => {
  await withTempDirAsync(async (dir) => {
    const target = join(dir, 'archway.yaml');
    const run = await runCli(['init', '--from', join(CORPUS, 'stripe/stripe-spec3.new.json'), '--out', target]);
    assert.equal(run.code, 0, run.stderr);
    const text = readFileSync(target, 'utf8');
    assert.match(text, /pagination: cursor/);
    assert.equal(loadDesignText(text, target, { allowOutsideRoot: true }).service.name, 'stripe-api');
  });
});

test('init without a contract writes a valid starter; it never overwrites without --force', async () => {
  await withTempDirAsync(async (dir) => {
    const target = join(dir, 'archway.yaml');
    assert.equal((await runCli(['init', '--out', target, '--name', 'Orders Service'])).code, 0);
    assert.equal(loadDesignText(readFileSync(target, 'utf8'), target).service.name, 'orders-service');
    writeFileSync(target, 'mine\n');
    const again = await runCli(['init', '--out', target]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /archway\.yaml:1:1: already exists; pass --force to overwrite it/);
    assert.equal(readFileSync(target, 'utf8'), 'mine\n');
  });
});

test('init --from a file that is not OpenAPI exits 2', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'x.yaml'), 'hello: world\n');
    const run = await runCli(['init', '--from', join(dir, 'x.yaml'), '--out', join(dir, 'archway.yaml')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /x\.yaml:1:1: is not an OpenAPI description/);
  });
});

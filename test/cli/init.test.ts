import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { loadDesignText } from '../../src/model/load.js';
import { CORPUS, REPO, runCli, withTempDirAsync } from '../support/cli.js';

test('init --from infers the surface, error shape and pagination, and the result validates', async () => {
  await withTempDirAsync(async (dir) => {
    const target = join(dir, 'archway.yaml');
    const run = await runCli(['init', '--from', join(REPO, 'examples/checkout/openapi.yaml'), '--out', target]);
    assert.equal(run.code, 0, run.stderr);
    const text = readFileSync(target, 'utf8');
    assert.match(
      text,
      /# Inferred from .*openapi\.yaml: 12 operations\n# {3}error shape: problem\+json\n# {3}pagination: cursor\n# {3}authentication: oauth2\n/,
    );
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

/** Writes a starter in a fresh folder (with the contract copied beside it), then reviews it there. */
async function initThenReview(contract?: string) {
  return withTempDirAsync(async (dir) => {
    const from = contract ? ['--from', basename(contract)] : [];
    if (contract) copyFileSync(contract, join(dir, basename(contract)));
    const init = await runCli(['init', ...from], dir);
    assert.equal(init.code, 0, init.stderr);
    const review = await runCli(['review', '--out', 'out', '--format', 'json'], dir);
    return {
      text: readFileSync(join(dir, 'archway.yaml'), 'utf8'),
      review,
      findings: JSON.parse(review.stdout || '{"findings":[]}').findings as Array<{ ruleId: string; severity: string }>,
    };
  });
}

test('the starter without a contract passes its own review and asks only what the team knows', async () => {
  const { text, review, findings } = await initThenReview();
  assert.equal(review.code, 0, review.stderr);
  assert.deepEqual(
    findings.map((f) => `${f.severity} ${f.ruleId}`),
    ['warn alert-runbook-missing'],
    'only the runbook URL, which the questions ask for',
  );
  assert.doesNotMatch(text, /contract/i);
  assert.match(text, /^# Questions only the team can answer; answer them here:\n/m);
  assert.match(text, /threshold: 250ms/);
});

test('the starter inferred from the checkout contract passes its review, with use cases from its tags and summaries', async () => {
  const { text, review } = await initThenReview(join(REPO, 'examples/checkout/openapi.yaml'));
  assert.equal(review.code, 0, review.stderr);
  assert.deepEqual((parse(text) as { domain: { useCases: string[] } }).domain.useCases, [
    'Create a cart',
    'Get a cart',
    'Abandon a cart',
    'Add an item to a cart',
    "Change an item's quantity",
    'Remove an item from a cart',
    'Place an order from a cart',
    "List the shopper's orders",
    'Get an order',
    'Request cancellation of an order',
    "Get the status of an order's cancellation",
    'Liveness for load balancers',
  ]);
});

test('the starter inferred from a corpus contract (Twilio Messaging) passes its review; tags without summaries give what can be done', async () => {
  const { text, review, findings } = await initThenReview(join(CORPUS, 'twilio/twilio_messaging_v1.yaml'));
  assert.equal(review.code, 0, review.stderr);
  assert.ok(
    findings.every((f) => f.severity !== 'error'),
    findings
      .filter((f) => f.severity === 'error')
      .map((f) => f.ruleId)
      .join(),
  );
  const useCases = (parse(text) as { domain: { useCases: string[] } }).domain.useCases;
  assert.equal(useCases.length, 12);
  assert.equal(useCases[0], 'MessagingV1AlphaSender: create, read, delete');
});

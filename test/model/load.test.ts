import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../src/core/input-error.js';
import { loadDesignFile, loadDesignText } from '../../src/model/load.js';
import { REPO, SHARED } from '../support/cli.js';

/** The design file shown in PRODUCT.md, verbatim. */
function productExample(): string {
  const product = readFileSync(join(SHARED, 'PRODUCT.md'), 'utf8');
  const match = /```yaml\n(archway: 1[\s\S]*?)```/.exec(product);
  assert.ok(match, 'PRODUCT.md has its archway.yaml example (is ../shared present?)');
  return match[1];
}

test('the example in PRODUCT.md loads unchanged', () => {
  // Its contracts are relative to the file, so anchor it beside the bundled example's contracts.
  const text = productExample();
  const design = loadDesignText(text, join(REPO, 'examples/checkout/product-example.yaml'));
  assert.equal(design.service.name, 'orders');
  const payments = design.dependencies.find((d) => d.name === 'payments');
  assert.deepEqual(
    {
      timeout: payments?.timeout?.ms,
      retries: payments?.retries?.max,
      availability: payments?.availability?.percent,
      breaker: payments?.circuitBreaker?.window?.ms,
    },
    { timeout: 400, retries: 2, availability: 99.9, breaker: 30_000 },
  );
  assert.equal(design.nfr.availability?.percent, 99.95);
  assert.equal(design.slos[1].sli.threshold?.ms, 300);
  assert.equal(design.data.owned[0].retention?.text, '7y');
  assert.equal(design.api[0].contract?.absolutePath, join(REPO, 'examples/checkout/openapi.yaml'));
  assert.equal(design.dependencies[1].pointer, '/dependencies/1');
});

test('the bundled example loads', () => {
  const design = loadDesignFile(join(REPO, 'examples/checkout/archway.yaml'));
  assert.equal(design.service.name, 'checkout');
  assert.ok(design.api[0].contract);
});

/** Each malformed design must fail with exactly this located message. */
const MALFORMED: Array<{ name: string; text: string; expect: RegExp }> = [
  { name: 'YAML syntax error', text: 'archway: 1\nservice: { name: orders\n', expect: /^x\.yaml:3:1: YAML syntax error/ },
  { name: 'duplicate key', text: 'archway: 1\narchway: 1\nservice: { name: a }\n', expect: /^x\.yaml:2:1: YAML syntax error: Map keys must be unique/ },
  {
    name: 'unknown key with suggestion',
    text: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: p, timout: 400ms }\n',
    expect: /^x\.yaml:4:16: unknown key "timout" in `dependencies\[0\]`; did you mean "timeout"\?/,
  },
  {
    name: 'bad duration',
    text: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - name: p\n    timeout: 400 ms\n',
    expect: /^x\.yaml:5:14: `dependencies\[0\]\.timeout` must be a duration such as 400ms.*got "400 ms"/,
  },
  {
    name: 'percentage without %',
    text: 'archway: 1\nservice: { name: orders }\nnfr:\n  availability: 99.95\n',
    expect: /^x\.yaml:4:17: `nfr\.availability` must be a string, got number 99\.95/,
  },
  {
    name: 'percentage above 100',
    text: 'archway: 1\nservice: { name: orders }\nnfr:\n  availability: 101%\n',
    expect: /^x\.yaml:4:17: `nfr\.availability` must be a percentage/,
  },
  { name: 'wrong type', text: 'archway: 1\nservice: { name: orders }\ndone: yes\n', expect: /^x\.yaml:3:7: `done` must be an array, got string "yes"/ },
  {
    name: 'enum with suggestion',
    text: 'archway: 1\nservice: { name: orders }\ndependencies:\n  - { name: p, mode: synch }\n',
    expect: /^x\.yaml:4:22: `dependencies\[0\]\.mode` must be one of "sync", "async", got "synch"; did you mean "sync"\?/,
  },
  { name: 'missing required key', text: 'archway: 1\nservice: { owner: me }\n', expect: /^x\.yaml:2:10: `service` is missing the required key "name"/ },
  { name: 'wrong version', text: 'archway: 2\nservice: { name: a }\n', expect: /^x\.yaml:1:10: `archway` must be 1, got 2/ },
  { name: 'empty file', text: '', expect: /^x\.yaml:1:1: is empty/ },
  { name: 'a list, not a mapping', text: '- a\n- b\n', expect: /^x\.yaml:1:1: must be a mapping/ },
  { name: 'binary', text: 'archway: 1\0\0', expect: /^x\.yaml:1:1: is a binary file/ },
  {
    name: 'alias bomb',
    text: `archway: 1\nservice: { name: a }\nx-a: &a [1,1,1,1,1,1,1,1,1,1]\nx-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nx-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nx-d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\nx-e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`,
    expect: /^x\.yaml:1:1: cannot expand the YAML: Excessive alias count/,
  },
  {
    name: 'an alias inside the node it names',
    text: 'archway: 1\nservice: { name: a }\nx-tree: &t\n  children: [*t]\n',
    expect: /^x\.yaml:4:14: the alias \*t is inside the node it names: expanded, the design would never end/,
  },
  {
    name: 'missing contract file',
    text: 'archway: 1\nservice: { name: a }\napi:\n  - { name: public, contract: ./nope.yaml }\n',
    expect: /^x\.yaml:4:31: contract file "\.\/nope\.yaml" does not exist/,
  },
  { name: 'service name not kebab-case', text: 'archway: 1\nservice: { name: Orders }\n', expect: /^x\.yaml:2:18: `service\.name` must be kebab-case/ },
];

for (const { name, text, expect } of MALFORMED) {
  test(`malformed design: ${name}`, () => {
    assert.throws(
      () => loadDesignText(text, '/tmp/x.yaml', { cwd: '/tmp' }),
      (error: unknown) => {
        assert.ok(error instanceof InputError, `expected InputError, got ${String(error)}`);
        assert.match(error.message.split('\n')[0], expect);
        return true;
      },
    );
  });
}

test('every schema problem is reported at once', () => {
  const text = 'archway: 1\nservice: { name: a }\nnfr:\n  availability: high\ndependencies:\n  - { name: p, timeout: soon }\n';
  assert.throws(
    () => loadDesignText(text, '/tmp/x.yaml', { cwd: '/tmp' }),
    (error: unknown) => error instanceof InputError && error.problems.length === 2,
  );
});

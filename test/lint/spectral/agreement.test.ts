import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { InputError } from '../../../src/core/input-error.js';
import { parsePointer } from '../../../src/core/pointer.js';
import { loadSpectralRuleset } from '../../../src/lint/spectral/load.js';
import { runRuleset } from '../../../src/lint/spectral/run.js';
import { CORPUS, REPO } from '../../support/cli.js';

/**
 * The proof that archway runs real rulesets as Spectral does: for six published rulesets over
 * corpus documents, the (rule code, path) pairs archway reports against those Spectral reported
 * (precomputed by test/fixtures/rulesets/spectral-results.sh: Spectral takes minutes). Only the
 * rulesets' own rules are compared: the `spectral:oas` rules they extend run as archway's built-ins.
 */
const RULESETS: Record<string, { file: string; minimum: number; quick: string[] }> = {
  adidas: { file: 'adidas/.spectral.yaml', minimum: 0.95, quick: ['twilio/twilio_messaging_v1.yaml'] },
  azure: { file: 'azure/spectral.yaml', minimum: 0.95, quick: ['twilio/twilio_messaging_v1.yaml'] },
  zalando: { file: 'zalando/zalando.yml', minimum: 0.95, quick: ['twilio/twilio_messaging_v1.yaml', 'discord/discord-openapi.json'] },
  // The npm packages, CommonJS: function objects from @stoplight/spectral-functions, formats from -formats, RegExp options.
  owasp: { file: 'owasp/ruleset.cjs', minimum: 0.95, quick: ['twilio/twilio_messaging_v1.yaml'] },
  aywt: { file: 'aywt/ruleset.cjs', minimum: 0.95, quick: ['twilio/twilio_messaging_v1.yaml'] },
  documentation: { file: 'documentation/ruleset.cjs', minimum: 0.95, quick: ['twilio/twilio_messaging_v1.yaml'] },
};
/** Every document takes minutes on a shared machine; the suite runs the quick ones unless this is set. */
const ALL = process.env.ARCHWAY_RULESETS_ALL === '1';

const FIXTURES = join(REPO, 'test/fixtures/rulesets');

async function agreement(name: string): Promise<{
  perDocument: Record<string, { archway: number; spectral: number; both: number } | 'both aborted'>;
  ratio: number;
  onlyArchway: string[];
  onlySpectral: string[];
}> {
  const ruleset = await loadSpectralRuleset(join(FIXTURES, RULESETS[name].file), REPO);
  const own = new Set(ruleset.rules.keys());
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'spectral-results.json'), 'utf8')) as Record<string, Array<[string, string[]]> | null>;
  const perDocument: Record<string, { archway: number; spectral: number; both: number } | 'both aborted'> = {};
  let union = 0;
  let both = 0;
  const onlyArchway: string[] = [];
  const onlySpectral: string[] = [];
  for (const [doc, pairs] of Object.entries(expected)) {
    if (!ALL && !RULESETS[name].quick.includes(doc)) continue;
    const contract = loadContract(join(CORPUS, doc));
    let found: Set<string>;
    try {
      const run = runRuleset(contract, ruleset, REPO);
      await Promise.all(run.pending);
      // The ruleset's own rules only: Spectral's `parser` and `unrecognized-format` results are not in the precomputed pairs.
      found = new Set(run.findings.filter((f) => own.has(f.ruleId)).map((f) => JSON.stringify([f.ruleId, parsePointer(f.location.pointer)])));
    } catch (error) {
      // Spectral aborts the whole run when a given's filter throws; archway stops with a located error.
      assert.ok(error instanceof InputError, String(error));
      assert.equal(pairs, null, `${name} on ${doc}: archway stopped (${error.message}) where Spectral did not`);
      perDocument[doc] = 'both aborted';
      continue;
    }
    assert.notEqual(pairs, null, `${name} on ${doc}: Spectral aborted where archway did not`);
    const spectral = new Set(pairs!.filter(([code]) => own.has(code)).map((p) => JSON.stringify(p)));
    const common = [...found].filter((p) => spectral.has(p)).length;
    perDocument[doc] = { archway: found.size, spectral: spectral.size, both: common };
    both += common;
    union += found.size + spectral.size - common;
    onlyArchway.push(...[...found].filter((p) => !spectral.has(p)).map((p) => `${doc} ${p}`));
    onlySpectral.push(...[...spectral].filter((p) => !found.has(p)).map((p) => `${doc} ${p}`));
  }
  return { perDocument, ratio: union === 0 ? 1 : both / union, onlyArchway, onlySpectral };
}

for (const name of Object.keys(RULESETS)) {
  test(
    `rulesets: ${name} reports what Spectral reports (rule code and path) over the corpus`,
    { skip: !existsSync(join(CORPUS, 'asana')) && 'the contract corpus is absent (set ARCHWAY_CORPUS)' },
    async (t) => {
      const result = await agreement(name);
      t.diagnostic(`${name}: agreement ${(result.ratio * 100).toFixed(1)}% ${JSON.stringify(result.perDocument)}`);
      for (const line of [
        ...result.onlyArchway.slice(0, 5).map((l) => `only archway: ${l}`),
        ...result.onlySpectral.slice(0, 5).map((l) => `only Spectral: ${l}`),
      ])
        t.diagnostic(line);
      assert.ok(result.ratio >= RULESETS[name].minimum, `${name}: ${(result.ratio * 100).toFixed(1)}% < ${RULESETS[name].minimum * 100}%`);
    },
  );
}

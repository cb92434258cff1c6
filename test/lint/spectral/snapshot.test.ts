import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { InputError } from '../../../src/core/input-error.js';
import { sortFindings } from '../../../src/core/diagnostic.js';
import { loadSpectralRuleset } from '../../../src/lint/spectral/load.js';
import { runRuleset } from '../../../src/lint/spectral/run.js';
import { CORPUS, REPO } from '../../support/cli.js';

/**
 * The engine's findings, byte for byte, for the six vendored rulesets over every corpus
 * document: a digest per (ruleset, document) of the sorted findings (or of the located error when
 * the run stops), pinned in test/fixtures/rulesets/findings-digest.json. It guards the speed work
 * (shared resolved subtrees, memoised descent): a faster engine must report exactly the same.
 * `UPDATE_GOLDEN=1` rewrites the digests; `ARCHWAY_RULESETS_DUMP=<dir>` writes the findings
 * themselves, to diff two builds.
 */
const RULESETS = {
  adidas: 'adidas/.spectral.yaml',
  azure: 'azure/spectral.yaml',
  zalando: 'zalando/zalando.yml',
  owasp: 'owasp/ruleset.cjs',
  aywt: 'aywt/ruleset.cjs',
  documentation: 'documentation/ruleset.cjs',
};
const DOCUMENTS = [
  'asana/asana_oas.yaml',
  'box/box-openapi.json',
  'discord/discord-openapi.json',
  'twilio/twilio_messaging_v1.yaml',
  'twilio/twilio_api_v2010.new.json',
  'twilio/twilio_api_v2010.old.json',
  'stripe/stripe-spec3.new.json',
  'stripe/stripe-spec3.old.json',
  'github/api.github.com.new.json',
  'github/api.github.com.old.json',
  'digitalocean/specification/DigitalOcean-public.v2.yaml',
  'asyncapi/v2/streetlights-kafka.v2.6.0.yml',
  'asyncapi/v2/slack-rtm.v2.6.0.yml',
  'asyncapi/v3/streetlights-kafka.v3.0.0.yml',
  'asyncapi/v3/adeo-kafka-request-reply.v3.1.0.yml',
];
/** The whole table takes minutes; the suite checks the small documents unless this is set. */
const ALL = process.env.ARCHWAY_RULESETS_ALL === '1';
const QUICK = new Set(['twilio/twilio_messaging_v1.yaml', 'asyncapi/v2/streetlights-kafka.v2.6.0.yml']);
const DIGESTS = join(REPO, 'test/fixtures/rulesets/findings-digest.json');

async function findingsText(rulesetFile: string, doc: string): Promise<string> {
  // Paths shown relative to the corpus, the repository named as <repo>: the same digest on every machine.
  const ruleset = await loadSpectralRuleset(join(REPO, 'test/fixtures/rulesets', rulesetFile), CORPUS);
  const portable = (text: string) => text.split(relative(CORPUS, REPO)).join('<repo>');
  try {
    const run = runRuleset(loadContract(join(CORPUS, doc), { cwd: CORPUS }), ruleset, CORPUS);
    await Promise.all(run.pending);
    const findings = sortFindings(run.findings).map(({ fingerprint: _, ...finding }) => finding);
    return portable(`${JSON.stringify(findings, null, 1)}\n`);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return portable(`stopped: ${error.message}\n`);
  }
}

test('Spectral engine: findings of the vendored rulesets over the corpus are unchanged', { timeout: 1_800_000 }, async (t) => {
  if (!existsSync(join(CORPUS, 'asana/asana_oas.yaml'))) return t.skip(`corpus not found at ${CORPUS} (set ARCHWAY_CORPUS)`);
  const pinned = JSON.parse(readFileSync(DIGESTS, 'utf8')) as Record<string, string>;
  const actual: Record<string, string> = {};
  const dump = process.env.ARCHWAY_RULESETS_DUMP;
  for (const [name, file] of Object.entries(RULESETS)) {
    for (const doc of DOCUMENTS) {
      const key = `${name} ${doc}`;
      if (!ALL && !process.env.UPDATE_GOLDEN && !QUICK.has(doc)) continue;
      const text = await findingsText(file, doc);
      const count = text.startsWith('stopped') ? 'stopped' : String((JSON.parse(text) as unknown[]).length);
      actual[key] = `${count} ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
      if (dump) {
        const out = join(dump, name, `${doc.replace(/\//g, '_')}.json`);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, text);
      }
    }
  }
  if (process.env.UPDATE_GOLDEN) {
    writeFileSync(DIGESTS, `${JSON.stringify(actual, null, 2)}\n`);
    return;
  }
  const expected = Object.fromEntries(Object.keys(actual).map((key) => [key, pinned[key]]));
  assert.deepEqual(actual, expected);
});

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadContract } from '../src/contracts/load.js';
import { joinPointer } from '../src/core/pointer.js';
import { DEFAULT_CONFIG } from '../src/lint/config.js';
import { SPECTRAL_ASYNCAPI } from '../src/lint/peers/spectral-asyncapi.js';
import { LINT_RULES } from '../src/lint/rules/index.js';
import { lintContract } from '../src/lint/run.js';

/**
 * Runs Spectral's `spectral:asyncapi` (all rules, in process) and archway's equivalents (the
 * rules the peer table maps) over the AsyncAPI corpus, and prints where they agree: a finding
 * matches when the archway rule of the peer rule reports at the same JSON pointer. Usage:
 * `npm run build && ARCHWAY_CORPUS=/work/shared/corpus node dist/scripts/compare-spectral-asyncapi.js`.
 * Spectral is a dev dependency; it takes about ten seconds a document.
 */
const require = createRequire(import.meta.url);
const { Spectral, Document } = require('@stoplight/spectral-core');
const Parsers = require('@stoplight/spectral-parsers');
const { asyncapi } = require('@stoplight/spectral-rulesets');

const corpus = join(process.env.ARCHWAY_CORPUS ?? '../shared/corpus', 'asyncapi');
const idsOf = new Map(SPECTRAL_ASYNCAPI.rules.map((r) => [r.name, r.archway]));
const ids = new Set(SPECTRAL_ASYNCAPI.rules.flatMap((r) => r.archway));
const rules = LINT_RULES.filter((r) => ids.has(r.id));
const spectral = new Spectral();
spectral.setRuleset({ extends: [[asyncapi, 'all']] });

let agree = 0;
let total = 0;
for (const version of ['v2', 'v3']) {
  for (const name of readdirSync(join(corpus, version)).sort()) {
    const path = join(corpus, version, name);
    const theirs: Array<{ code: string; path: Array<string | number> }> = await spectral.run(new Document(readFileSync(path, 'utf8'), Parsers.Yaml, path));
    const ours = lintContract(loadContract(path), { ...DEFAULT_CONFIG, rules: Object.fromEntries(rules.map((r) => [r.id, r.severity])) }, rules);
    const left = new Set(ours.map((f) => `${f.ruleId} ${f.location.pointer}`));
    const lines: string[] = [];
    for (const finding of theirs) {
      const mapped = idsOf.get(finding.code);
      if (!mapped) continue; // Spectral's own diagnostics (invalid-ref…), not rules of the set
      total++;
      const pointer = joinPointer('', ...finding.path);
      // A rule that reports a missing field at its parent, or on a key, may stand one level up.
      const hit = mapped.flatMap((id) => [`${id} ${pointer}`, `${id} ${pointer.replace(/\/[^/]*$/, '')}`]).find((k) => left.has(k));
      if (hit) {
        agree++;
        left.delete(hit);
      } else lines.push(`  spectral only: ${finding.code} ${pointer}`);
    }
    for (const k of left) lines.push(`  archway only:  ${k}`);
    process.stdout.write(`${version}/${name}: ${theirs.length} Spectral findings\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
  }
}
process.stdout.write(`agreement: ${agree} of ${total} Spectral findings found by archway\n`);

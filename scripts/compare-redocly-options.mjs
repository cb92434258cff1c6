#!/usr/bin/env node
// Compares archway with Redocly itself on corpus documents for Redocly's option rules: both run the
// same redocly.yaml (each rule on, with options) and the places (rule, file#pointer) are counted.
// Usage (after `npm run build`): ARCHWAY_CORPUS=/path/to/corpus node scripts/compare-redocly-options.mjs [doc…]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const corpus = process.env.ARCHWAY_CORPUS ?? join(repo, '../shared/corpus');
const docs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      'asana/asana_oas.yaml',
      'twilio/twilio_messaging_v1.yaml',
      'discord/discord-openapi.json',
      'box/box-openapi.json',
      'digitalocean/specification/DigitalOcean-public.v2.yaml',
    ];
const RULES = {
  'path-segment-plural': 'error',
  'request-mime-type': { severity: 'error', allowedValues: ['application/json'] },
  'response-mime-type': { severity: 'error', allowedValues: ['application/json'] },
  'response-contains-header': { severity: 'error', names: { '2XX': ['X-Request-Id'] } },
  'response-contains-property': { severity: 'error', names: { '2XX': ['id'] } },
  'spec-strict-refs': 'error',
  'component-name-unique': 'error',
};
const config = join(mkdtempSync(join(tmpdir(), 'redocly-options-')), 'redocly.yaml');
writeFileSync(config, JSON.stringify({ extends: [], rules: RULES }));
const run = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    return error.stdout; // both exit 1 when they find problems
  }
};
for (const doc of docs) {
  const path = join(corpus, doc);
  const place = (rule, file, pointer) => `${rule} ${relative(dirname(path), resolve(dirname(path), file))}#${pointer}`;
  const redocly = JSON.parse(run(join(repo, 'node_modules/.bin/redocly'), ['lint', '--config', config, '--format', 'json', '--max-problems', '1000000', path]));
  const theirs = new Set(redocly.problems.map(({ ruleId, location: [l] }) => place(ruleId, l.source.ref, l.pointer.replace(/^#\/?$/, '').replace(/^#/, ''))));
  const archway = JSON.parse(run('node', [join(repo, 'bin/archway.js'), 'lint', '--config', config, '--format', 'json', path]));
  const ours = new Set((archway.findings ?? archway).filter((f) => f.ruleId in RULES).map((f) => place(f.ruleId, f.location.file, f.location.pointer)));
  for (const rule of Object.keys(RULES)) {
    const r = [...theirs].filter((k) => k.startsWith(`${rule} `));
    const a = [...ours].filter((k) => k.startsWith(`${rule} `));
    if (r.length + a.length === 0) continue;
    const both = r.filter((k) => ours.has(k)).length;
    console.log(`${doc} ${rule}: Redocly ${r.length}, archway ${a.length}, both ${both}`);
    for (const k of [...r.filter((k) => !ours.has(k)), ...a.filter((k) => !theirs.has(k))].slice(0, 5))
      console.log(`  ${theirs.has(k) ? 'only Redocly' : 'only archway'}: ${k}`);
  }
}

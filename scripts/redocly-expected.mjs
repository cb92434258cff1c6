#!/usr/bin/env node
// Regenerates test/lint/redocly/fixtures/style-guide.expected.json: what Redocly itself reports for
// the fixture style guide's configurable rules on three corpus documents. The test compares
// archway's findings with it. Usage: ARCHWAY_CORPUS=/path/to/corpus node scripts/redocly-expected.mjs
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const corpus = process.env.ARCHWAY_CORPUS ?? join(repo, '../shared/corpus');
const fixtures = join(repo, 'test/lint/redocly/fixtures');
/** A rule's findings on one document as the test compares them (it summarises archway's the same way). */
export function summary(lines) {
  const sorted = [...lines].sort();
  return { count: sorted.length, digest: createHash('sha256').update(sorted.join('\n')).digest('hex'), sample: sorted.slice(0, 3) };
}
export const DOCUMENTS = ['twilio/twilio_messaging_v1.yaml', 'asana/asana_oas.yaml', 'discord/discord-openapi.json'];

const expected = {};
for (const document of DOCUMENTS) {
  let out;
  try {
    out = execFileSync(
      join(repo, 'node_modules/.bin/redocly'),
      ['lint', '--config', join(fixtures, 'style-guide.redocly.yaml'), '--format', 'json', '--max-problems', '1000000', join(corpus, document)],
      { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } catch (error) {
    // Redocly exits 1 when it finds problems; its report is on stdout all the same.
    out = error.stdout;
  }
  // Per rule, one line per finding (pointer, line:column, severity, message), kept as a count, a
  // digest of the sorted lines and the first lines as a sample: exact, and 20 KB instead of 1 MB.
  // Built-in rules are left out: their archway equivalents are compared elsewhere.
  const byRule = {};
  for (const p of JSON.parse(out).problems) {
    if (!p.ruleId.startsWith('rule/')) continue;
    const { pointer, start } = p.location[0];
    (byRule[p.ruleId] ??= []).push(`${pointer.slice(1)} ${start.line}:${start.col} ${p.severity} ${p.message}`);
  }
  expected[document] = Object.fromEntries(
    Object.keys(byRule)
      .sort()
      .map((id) => [id, summary(byRule[id])]),
  );
}
writeFileSync(join(fixtures, 'style-guide.expected.json'), JSON.stringify(expected, null, 2) + '\n');

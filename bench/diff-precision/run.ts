/**
 * Diff precision on real version pairs: re-runs `archway diff` on the GitHub, Stripe and Twilio
 * pairs of the corpus, draws a seeded sample of the changes it calls breaking, and reads each
 * one's label from labels.json (true, debatable or false, with a one-line reason, judged as a
 * client developer would read the two documents). Prints the false-breaking share; exits 1 when
 * it is above the goal or when a sampled change has no label yet (`--write` adds it as "?").
 *
 *   npm run precision:diff [-- --write]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadContract } from '../../src/contracts/load.js';
import { diffContracts, type Change } from '../../src/diff/index.js';
import { sideFromContract } from '../../src/diff/side.js';

type Label = 'true' | 'debatable' | 'false' | '?';
interface Entry {
  pair: string;
  id: string;
  operation: string | null;
  message: string;
  label: Label;
  reason: string;
}
interface Labels {
  seed: number;
  size: number;
  goal: number;
  today: string;
  entries: Entry[];
}

const PAIRS: Record<string, [string, string]> = {
  github: ['github/api.github.com.old.json', 'github/api.github.com.new.json'],
  stripe: ['stripe/stripe-spec3.old.json', 'stripe/stripe-spec3.new.json'],
  twilio: ['twilio/twilio_api_v2010.old.json', 'twilio/twilio_api_v2010.new.json'],
};

const here = dirname(fileURLToPath(import.meta.url));
// Compiled to dist/bench/diff-precision: the labels stay in the source folder.
const repo = join(here, '../../..');
const labelsPath = join(repo, 'bench/diff-precision/labels.json');
const corpus = process.env.ARCHWAY_CORPUS ?? join(repo, '../shared/corpus');
const { values } = parseArgs({ options: { write: { type: 'boolean' } } });

if (!existsSync(join(corpus, 'github'))) {
  process.stderr.write(`precision:diff: the contract corpus is absent at ${corpus}; set ARCHWAY_CORPUS to the shared/corpus folder\n`);
  process.exit(2);
}

const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Labels;
const key = (e: { pair: string; id: string; operation: string | null; message: string }) => [e.pair, e.id, e.operation ?? '', e.message].join('\0');
const known = new Map(labels.entries.map((e) => [key(e), e]));

const breaking: Array<Change & { pair: string }> = [];
for (const [pair, [base, revision]] of Object.entries(PAIRS)) {
  const side = (file: string) => sideFromContract(loadContract(join(corpus, file)), () => file);
  const result = diffContracts(side(base), side(revision), { today: labels.today });
  for (const change of result.changes) if (change.level === 'breaking') breaking.push({ ...change, pair });
}

const sample = seededSample(breaking, labels.size, labels.seed);
const entries = sample.map(
  (c) => known.get(key({ ...c, pair: c.pair })) ?? { pair: c.pair, id: c.id, operation: c.operation, message: c.message, label: '?' as Label, reason: '' },
);
const count = (label: Label) => entries.filter((e) => e.label === label).length;
const labelled = entries.length - count('?');
const share = labelled === 0 ? 0 : count('false') / labelled;

if (values.write) {
  writeFileSync(labelsPath, `${JSON.stringify({ ...labels, entries }, null, 2)}\n`);
}
const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
process.stdout.write(
  [
    `breaking changes on ${Object.keys(PAIRS).join(', ')}: ${breaking.length}; sampled ${entries.length} (seed ${labels.seed})`,
    `true ${count('true')}, debatable ${count('debatable')}, false ${count('false')}, unlabelled ${count('?')}`,
    `false-breaking share: ${percent(share)} (goal ≤ ${percent(labels.goal)})`,
    ...entries
      .filter((e) => e.label === 'false' || e.label === '?')
      .map((e) => `  ${e.label} ${e.pair} ${e.id} ${e.operation ?? ''}: ${e.message}${e.reason ? ` — ${e.reason}` : ''}`),
    '',
  ].join('\n'),
);
process.exit(count('?') > 0 || share > labels.goal ? 1 : 0);

/** `size` items drawn without replacement by a seeded generator (mulberry32): the same output gives the same sample. */
function seededSample<T>(items: readonly T[], size: number, seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, size);
}

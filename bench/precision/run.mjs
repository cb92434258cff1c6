#!/usr/bin/env node
// Precision benchmark for `archway lint` (issue #13): lints the corpus with the recommended
// preset, matches findings to the labelled sample in labels.json by (file, ruleId, pointer),
// and prints what disappeared or changed, what is new and unlabelled, and the precision figures.
//   node bench/precision/run.mjs            report (exit 1 when the goal is missed)
//   node bench/precision/run.mjs --draw     draw the sample again (seeded), keeping every label
// Needs the build (npm run build) and the corpus ($ARCHWAY_CORPUS, else ../shared/corpus).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '../..');
const CORPUS = process.env.ARCHWAY_CORPUS ?? join(REPO, '../shared/corpus');
const LABELS = join(HERE, 'labels.json');
const { loadContract } = await import(join(REPO, 'dist/src/contracts/load.js'));
const { lintContract } = await import(join(REPO, 'dist/src/lint/run.js'));

/** The documents of the sample, as the issue names them. */
export const FILES = [
  'stripe/stripe-spec3.new.json',
  'box/box-openapi.json',
  'discord/discord-openapi.json',
  'asana/asana_oas.yaml',
  'digitalocean/specification/DigitalOcean-public.v2.yaml',
  'twilio/twilio_api_v2010.new.json',
  'asyncapi/v3/slack-rtm.v3.0.0.yml',
];
const SEED = 13;
/** Findings drawn per rule: every rule is seen, the loud ones no more than this. */
const PER_RULE = 8;
const GOAL = { falseShare: 0.05, realVolume: 0.8 };

const keyOf = (f) => `${f.file}|${f.ruleId}|${f.pointer}`;

function lintAll() {
  const findings = [];
  for (const file of FILES) {
    const path = join(CORPUS, file);
    if (!existsSync(path)) throw new Error(`the contract corpus is missing ${path}; set ARCHWAY_CORPUS`);
    const doc = loadContract(path);
    const root = dirname(path);
    for (const f of lintContract(doc)) {
      // File names relative to the corpus, so the sample does not depend on where it lives.
      // Shown paths are absolute when no working directory is given (resolve keeps them so).
      const abs = resolve(f.location.file);
      findings.push({
        file: relative(CORPUS, join(root, relative(root, abs)))
          .split('\\')
          .join('/'),
        ruleId: f.ruleId,
        pointer: f.location.pointer,
        line: f.location.line,
        message: f.message,
      });
    }
  }
  return findings;
}

/** mulberry32: a small seeded generator, so the draw is the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw(findings, previous) {
  const next = random(SEED);
  const byRule = new Map();
  for (const f of [...findings].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1))) (byRule.get(f.ruleId) ?? byRule.set(f.ruleId, []).get(f.ruleId)).push(f);
  const labelled = new Map(previous.map((l) => [keyOf(l), l]));
  const sample = [];
  for (const [, list] of [...byRule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const shuffled = [...list];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    for (const f of shuffled.slice(0, PER_RULE))
      sample.push(labelled.get(keyOf(f)) ?? { file: f.file, ruleId: f.ruleId, pointer: f.pointer, message: f.message, label: null, reason: '' });
  }
  // Labelled findings that the draw no longer picks stay: their labels are evidence.
  for (const l of previous) if (!sample.some((s) => keyOf(s) === keyOf(l))) sample.push(l);
  return sample.sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : keyOf(a) < keyOf(b) ? -1 : 1));
}

const pct = (x) => `${Math.max(0, 100 * x).toFixed(1)}%`;

function report(findings, labels) {
  const current = new Map(findings.map((f) => [keyOf(f), f]));
  const volume = new Map();
  for (const f of findings) volume.set(f.ruleId, (volume.get(f.ruleId) ?? 0) + 1);
  const live = labels.filter((l) => current.has(keyOf(l)) && l.label);
  const gone = labels.filter((l) => !current.has(keyOf(l)));
  const changed = labels.filter((l) => current.has(keyOf(l)) && current.get(keyOf(l)).message !== l.message);
  const unlabelled = labels.filter((l) => current.has(keyOf(l)) && !l.label);
  const known = new Set(labels.map(keyOf));
  const fresh = new Map();
  for (const f of findings) if (!known.has(keyOf(f))) fresh.set(f.ruleId, (fresh.get(f.ruleId) ?? 0) + 1);

  const lines = [];
  lines.push(`archway lint precision: ${FILES.length} corpus documents, recommended preset, ${findings.length} findings`);
  lines.push(`sample: ${labels.length} labelled findings (seed ${SEED}, up to ${PER_RULE} per rule), ${live.length} still reported`);
  if (gone.length) lines.push('', `disappeared (${gone.length}):`, ...gone.map((l) => `  [${l.label}] ${l.ruleId} ${l.file}#${l.pointer}`));
  if (changed.length)
    lines.push(
      '',
      `message changed (${changed.length}):`,
      ...changed.map((l) => `  ${l.ruleId} ${l.file}#${l.pointer}\n    was: ${l.message}\n    now: ${current.get(keyOf(l)).message}`),
    );
  if (unlabelled.length) lines.push('', `drawn but not labelled (${unlabelled.length}): run with --draw and label them`);
  lines.push(
    '',
    `new, not in the sample, by rule: ${
      [...fresh]
        .sort()
        .map(([r, n]) => `${r} ${n}`)
        .join(', ') || 'none'
    }`,
  );

  const rows = [];
  let realVolume = 0;
  let opinionVolume = 0;
  for (const [ruleId, n] of [...volume].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const sampled = live.filter((l) => l.ruleId === ruleId);
    const count = (label) => sampled.filter((l) => l.label === label).length;
    const share = (label) => (sampled.length ? count(label) / sampled.length : NaN);
    realVolume += n * (share('true') || 0);
    opinionVolume += n * (share('opinion') || 0);
    const below = !(share('false') <= GOAL.falseShare && share('true') >= GOAL.realVolume);
    rows.push(
      `  ${ruleId.padEnd(30)} ${String(n).padStart(6)} ${String(sampled.length).padStart(7)} ${String(count('true')).padStart(5)} ${String(count('opinion')).padStart(8)} ${String(count('false')).padStart(6)}${below ? '  below the goal: move to strict' : ''}`,
    );
  }
  const falses = live.filter((l) => l.label === 'false').length;
  const trues = live.filter((l) => l.label === 'true').length;
  lines.push(
    '',
    `  ${'rule'.padEnd(30)} ${'volume'.padStart(6)} ${'sampled'.padStart(7)} ${'true'.padStart(5)} ${'opinion'.padStart(8)} ${'false'.padStart(6)}`,
    ...rows,
  );
  const falseShare = falses / live.length;
  const real = realVolume / findings.length;
  lines.push(
    '',
    `sampled findings: ${trues} true, ${live.length - trues - falses} opinion, ${falses} false → false ${pct(falseShare)} (goal ≤ ${pct(GOAL.falseShare)})`,
    `volume (each rule's sampled shares × its findings): real ${pct(real)}, opinion ${pct(opinionVolume / findings.length)}, false ${pct(1 - real - opinionVolume / findings.length)} (goal real ≥ ${pct(GOAL.realVolume)})`,
  );
  return { text: lines.join('\n'), ok: falseShare <= GOAL.falseShare && real >= GOAL.realVolume && unlabelled.length === 0 };
}

const findings = lintAll();
const labels = existsSync(LABELS) ? JSON.parse(readFileSync(LABELS, 'utf8')) : [];
if (process.argv.includes('--draw')) {
  const sample = draw(findings, labels);
  writeFileSync(LABELS, `${JSON.stringify(sample, null, 1)}\n`);
  console.log(`wrote ${sample.length} entries to ${relative(process.cwd(), LABELS)} (${sample.filter((s) => !s.label).length} to label)`);
} else {
  const { text, ok } = report(findings, labels);
  console.log(text);
  process.exitCode = ok ? 0 : 1;
}

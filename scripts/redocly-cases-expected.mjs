#!/usr/bin/env node
// Regenerates test/lint/peers/fixtures/redocly-cases.expected.json: where Redocly itself reports
// each case of test/lint/peers/redocly-{async,options}-cases.ts (its rule selected alone, with the
// case's options). test/lint/peers/redocly-agreement.test.ts compares archway's findings with it.
// Usage (after `npm run build`): node scripts/redocly-cases-expected.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const { REDOCLY_ASYNC_CASES } = await import(join(repo, 'dist/test/lint/peers/redocly-async-cases.js'));
const { REDOCLY_OPTION_CASES } = await import(join(repo, 'dist/test/lint/peers/redocly-options-cases.js'));

const { LINT_RULES } = await import(join(repo, 'dist/src/lint/rules/index.js'));
/** archway's option defaults, which Redocly needs spelled out (it has none for allowedValues); an unset severity stays unset. */
const defaults = (id) =>
  Object.fromEntries(
    Object.entries(LINT_RULES.find((r) => r.id === id).options ?? {}).flatMap(([name, o]) => (o.kind === 'severity' ? [] : [[name, o.default]])),
  );

const cases = {};
for (const c of [...REDOCLY_ASYNC_CASES, ...REDOCLY_OPTION_CASES]) {
  const dir = mkdtempSync(join(tmpdir(), 'redocly-case-'));
  for (const [name, text] of Object.entries({ ...c.files, 'contract.yaml': c.doc })) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  writeFileSync(join(dir, 'redocly.yaml'), JSON.stringify({ extends: [], rules: { [c.peer]: { severity: 'error', ...defaults(c.rule), ...c.options } } }));
  let out;
  try {
    out = execFileSync(join(repo, 'node_modules/.bin/redocly'), ['lint', '--config', 'redocly.yaml', '--format', 'json', 'contract.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // Redocly exits 1 when it finds problems; its report is on stdout all the same.
    out = error.stdout;
  }
  if (!out) throw new Error(`Redocly gave no report for "${c.peer} ${c.name}" (files in ${dir})`);
  // One place per finding: the file (when not the contract) and the pointer, as archway writes them.
  const places = JSON.parse(out).problems.map(({ location: [l] }) => {
    const file = relative(dir, resolve(dir, l.source.ref));
    const pointer = l.pointer.replace(/^#\/?/, '/').replace(/^\/$/, '');
    return `${file === 'contract.yaml' ? '' : file}#${pointer}`;
  });
  cases[`${c.peer} ${c.name}`] = [...new Set(places)].sort();
  rmSync(dir, { recursive: true });
}
const about = 'Redocly CLI’s own findings per case (scripts/redocly-cases-expected.mjs); regenerate when a case changes';
writeFileSync(join(repo, 'test/lint/peers/fixtures/redocly-cases.expected.json'), `${JSON.stringify({ about, cases }, null, 2)}\n`);
console.log(`${Object.keys(cases).length} cases`);

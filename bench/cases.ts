import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchCase, ToolRun } from './harness.js';
import { writeSyntheticContract } from './synthetic.js';

const node = process.execPath;

function jsonCount(read: (json: any) => number | undefined) {
  return (stdout: string) => {
    try {
      return read(JSON.parse(stdout));
    } catch {
      return undefined;
    }
  };
}

/** Reading the file is the floor no linter can beat: it anchors every ratio. */
function parseFloor(files: string[]): ToolRun {
  const script = `for (const f of process.argv.slice(1)) JSON.parse(require('fs').readFileSync(f, 'utf8'))`;
  return { tool: 'JSON.parse', command: node, args: ['-e', script, ...files] };
}

export function lintCases(repo: string, corpus: string, scratch: string): BenchCase[] {
  const spectralRuleset = join(scratch, '.spectral.yaml');
  writeFileSync(spectralRuleset, 'extends: ["spectral:oas"]\n');
  const bin = (name: string) => join(repo, 'node_modules/.bin', name);
  const contracts = [
    { name: 'GitHub api.github.com.new.json (11.8 MB)', file: join(corpus, 'github/api.github.com.new.json'), json: true },
    { name: 'Stripe spec3.new.json (4.2 MB)', file: join(corpus, 'stripe/stripe-spec3.new.json'), json: true },
    { name: 'DigitalOcean multi-file YAML (2,907 files)', file: join(corpus, 'digitalocean/specification/DigitalOcean-public.v2.yaml'), json: false },
  ];
  return contracts.map(({ name, file, json }) => ({
    group: 'lint',
    name,
    runs: [
      { tool: 'archway', command: node, args: [join(repo, 'bin/archway.js'), 'lint', file, '--format', 'json', '--fail-on', 'never'], count: jsonCount((j) => j.findings?.length) },
      { tool: 'redocly', command: bin('redocly'), args: ['lint', file, '--format', 'json'], count: jsonCount((j) => j.totals && j.totals.errors + j.totals.warnings) },
      { tool: 'spectral', command: bin('spectral'), args: ['lint', file, '--ruleset', spectralRuleset, '--format', 'json', '--quiet'], count: jsonCount((j) => j.length) },
      ...(json ? [parseFloor([file])] : []),
    ],
  }));
}

/** archway alone on 1×, 2× and 4× a synthetic document: cost should grow linearly with size. */
export function scalingCases(repo: string, scratch: string): BenchCase[] {
  return [4000, 8000, 16000].map((operations) => {
    const file = writeSyntheticContract(scratch, operations);
    return {
      group: 'scaling',
      name: `synthetic document, ${operations} operations (${operations / 4000}×)`,
      runs: [{ tool: 'archway', command: node, args: [join(repo, 'bin/archway.js'), 'lint', file, '--format', 'json', '--fail-on', 'never'], count: jsonCount((j) => j.findings?.length) }],
    };
  });
}

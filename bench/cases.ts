import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchCase, ToolRun } from './harness.js';
import { writeSyntheticEventPair, writeSyntheticPair } from './synthetic.js';
import { writeSyntheticSystem, type SystemShape } from './system.js';

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
      {
        tool: 'archway',
        command: node,
        args: [join(repo, 'bin/archway.js'), 'lint', file, '--format', 'json', '--fail-on', 'never'],
        count: jsonCount((j) => j.findings?.length),
      },
      {
        tool: 'redocly',
        command: bin('redocly'),
        args: ['lint', file, '--format', 'json'],
        count: jsonCount((j) => j.totals && j.totals.errors + j.totals.warnings),
      },
      {
        tool: 'spectral',
        command: bin('spectral'),
        args: ['lint', file, '--ruleset', spectralRuleset, '--format', 'json', '--quiet'],
        count: jsonCount((j) => j.length),
      },
      ...(json ? [parseFloor([file])] : []),
    ],
  }));
}

/**
 * The peers for diff live in bench/peers (its own lockfile), so archway's users and CI never
 * install them; `npm run bench` installs them on first use.
 */
export function diffCases(repo: string, corpus: string, scratch: string): BenchCase[] {
  const peer = (name: string) => join(repo, 'bench/peers/node_modules/.bin', name);
  const pairs = [
    {
      name: 'GitHub api.github.com old → new (11.3 → 11.8 MB)',
      base: join(corpus, 'github/api.github.com.old.json'),
      revision: join(corpus, 'github/api.github.com.new.json'),
    },
    {
      name: 'Stripe spec3 old → new (3.8 → 4.2 MB)',
      base: join(corpus, 'stripe/stripe-spec3.old.json'),
      revision: join(corpus, 'stripe/stripe-spec3.new.json'),
    },
  ];
  return pairs.map(({ name, base, revision }) => ({
    group: 'diff',
    name,
    runs: [
      {
        tool: 'archway',
        command: node,
        args: [join(repo, 'bin/archway.js'), 'diff', base, revision, '--format', 'json', '--fail-on', 'never'],
        count: jsonCount((j) => j.summary?.breaking),
      },
      {
        tool: 'redocly diff',
        command: join(repo, 'node_modules/.bin/redocly'),
        args: ['diff', base, revision, '--format', 'json', '--fail-on', 'none'],
        count: jsonCount((j) => j.summary?.major),
      },
      { tool: 'openapi-diff', command: peer('openapi-diff'), args: [base, revision], count: jsonCount((j) => j.breakingDifferences?.length ?? 0) },
      {
        tool: 'optic',
        command: peer('optic'),
        // Optic rejects both real documents under its default strict validation.
        args: ['diff', base, revision, '--check', '--validation', 'loose', '--json'],
        cwd: scratch,
        count: jsonCount((j) => j.checks?.failed?.error),
      },
      parseFloor([base, revision]),
    ],
  }));
}

/** AsyncAPI pairs: the largest real ones (same major version, all refs local) and a synthetic 2,000-channel pair. */
export function eventDiffCases(repo: string, corpus: string, scratch: string): BenchCase[] {
  const synthetic = writeSyntheticEventPair(scratch, 2000);
  const pairs = [
    {
      name: 'AsyncAPI Slack RTM 2.0.0 → 2.6.0 (22 KB)',
      base: join(corpus, 'asyncapi/v2/slack-rtm.v2.0.0.yml'),
      revision: join(corpus, 'asyncapi/v2/slack-rtm.v2.6.0.yml'),
    },
    {
      name: 'AsyncAPI streetlights Kafka 2.1.0 → 2.6.0 (5 KB)',
      base: join(corpus, 'asyncapi/v2/streetlights-kafka.v2.1.0.yml'),
      revision: join(corpus, 'asyncapi/v2/streetlights-kafka.v2.6.0.yml'),
    },
    { name: 'AsyncAPI synthetic, 2,000 channels (2.6, 1.3 MB)', ...synthetic },
  ];
  return pairs.map(({ name, base, revision }) => ({
    group: 'diff-events',
    name,
    runs: [
      {
        tool: 'archway',
        command: node,
        args: [join(repo, 'bin/archway.js'), 'diff', base, revision, '--format', 'json', '--fail-on', 'never'],
        count: jsonCount((j) => j.summary?.breaking),
      },
      { tool: '@asyncapi/diff', command: node, args: [join(repo, 'bench/peers/asyncapi-diff.cjs'), base, revision], count: jsonCount((j) => j.breaking) },
    ],
  }));
}

/** archway alone on 1×, 2× and 4× a synthetic document, linted and diffed: cost should grow linearly with size. */
export function scalingCases(repo: string, scratch: string): BenchCase[] {
  return [4000, 8000, 16000].flatMap((operations) => {
    const { base, revision } = writeSyntheticPair(scratch, operations);
    const factor = `${operations / 4000}×`;
    return [
      {
        group: 'scaling',
        name: `lint, synthetic document, ${operations} operations (${factor})`,
        runs: [
          {
            tool: 'archway',
            command: node,
            args: [join(repo, 'bin/archway.js'), 'lint', base, '--format', 'json', '--fail-on', 'never'],
            count: jsonCount((j) => j.findings?.length),
          },
        ],
      },
      {
        group: 'scaling',
        name: `diff, synthetic pair, ${operations} operations (${factor})`,
        // Every change counts here: the synthetic API only returns its schemas, so none of them breaks a client.
        runs: [
          {
            tool: 'archway',
            command: node,
            args: [join(repo, 'bin/archway.js'), 'diff', base, revision, '--format', 'json', '--fail-on', 'never'],
            count: jsonCount((j) => j.changes?.length),
          },
        ],
      },
    ];
  });
}

/**
 * Whole-system reviews of generated systems: layered (each service calls two below it, with a few
 * synchronous cycles), the scale target being 200 services in ≤ 7 s; and a chain where each calls
 * the next two, whose call paths grow exponentially (issue #12's worst case).
 */
export function systemCases(repo: string, scratch: string): BenchCase[] {
  const shapes: Array<{ services: number; shape: SystemShape; what: string }> = [
    ...[50, 100, 200].map((services) => ({ services, shape: { fanOut: 2, layout: 'tree' as const, cycleEvery: 25, cycleBack: 3 }, what: 'layered' })),
    { services: 200, shape: { fanOut: 2 }, what: 'chain, each calling the next two' },
  ];
  return shapes.map(({ services, shape, what }) => {
    const dir = join(scratch, `system-${services}-${shape.layout ?? 'chain'}`);
    const designs = writeSyntheticSystem(dir, services, shape);
    return {
      group: 'system',
      name: `review, generated system of ${services} services (${what})`,
      runs: [
        {
          tool: 'archway',
          command: node,
          args: [join(repo, 'bin/archway.js'), 'review', ...designs, '--out', join(dir, 'archway-out'), '--format', 'json', '--fail-on', 'never'],
          count: jsonCount((j) => j.findings?.length),
        },
      ],
    };
  });
}

/**
 * Spectral rulesets run natively: archway against Spectral itself on the same ruleset and
 * document. `spectral:oas` selects archway's built-in equivalents; the adidas and OWASP rulesets
 * (vendored under test/fixtures/rulesets) run their own rules through archway's Spectral engine.
 */
export function rulesetCases(repo: string, corpus: string, scratch: string): BenchCase[] {
  const oas = join(scratch, 'spectral-oas.yaml');
  writeFileSync(oas, 'extends: ["spectral:oas"]\n');
  const adidas = join(repo, 'test/fixtures/rulesets/adidas/.spectral.yaml');
  // Stoplight's OWASP ruleset as npm ships it: CommonJS, with two functions of its own.
  const owasp = join(repo, 'test/fixtures/rulesets/owasp/ruleset.cjs');
  const cases = [
    { name: 'GitHub api.github.com.new.json with spectral:oas', file: join(corpus, 'github/api.github.com.new.json'), archway: 'spectral:oas', spectral: oas },
    { name: 'Stripe spec3.new.json with the adidas ruleset', file: join(corpus, 'stripe/stripe-spec3.new.json'), archway: adidas, spectral: adidas },
    { name: 'Box box-openapi.json with the OWASP ruleset', file: join(corpus, 'box/box-openapi.json'), archway: owasp, spectral: owasp },
  ];
  return cases.map(({ name, file, archway, spectral }) => ({
    group: 'rulesets',
    name,
    runs: [
      {
        tool: 'archway',
        command: node,
        args: [join(repo, 'bin/archway.js'), 'lint', file, '--ruleset', archway, '--format', 'json', '--fail-on', 'never'],
        count: jsonCount((j) => j.findings?.length),
      },
      {
        tool: 'spectral',
        command: join(repo, 'node_modules/.bin/spectral'),
        args: ['lint', file, '--ruleset', spectral, '--format', 'json', '--quiet'],
        count: jsonCount((j) => j.length),
      },
    ],
  }));
}

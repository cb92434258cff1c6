// `node dist/scripts/corpus-lint.js <out-dir> [--compare <dir>]`: lints every corpus document with
// `archway lint --ruleset strict --format json` and writes one JSON file per document into <out-dir>.
// With --compare, exits 1 when any output differs from the one in <dir> (an engine change that must
// keep the findings identical, such as a faster validator, is checked this way).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = resolve(process.env.ARCHWAY_CORPUS ?? join(root, '..', 'shared', 'corpus'));

/** Every lintable document of the corpus (DigitalOcean through its root file). */
export const DOCUMENTS = [
  'asana/asana_oas.yaml',
  'asyncapi/v2/gitter-streaming.v2.0.0.yml',
  'asyncapi/v2/gitter-streaming.v2.6.0.yml',
  'asyncapi/v2/slack-rtm.v2.0.0.yml',
  'asyncapi/v2/slack-rtm.v2.6.0.yml',
  'asyncapi/v2/streetlights-kafka.v2.1.0.yml',
  'asyncapi/v2/streetlights-kafka.v2.6.0.yml',
  'asyncapi/v3/adeo-kafka-request-reply.v3.0.0.yml',
  'asyncapi/v3/adeo-kafka-request-reply.v3.1.0.yml',
  'asyncapi/v3/gitter-streaming.v3.0.0.yml',
  'asyncapi/v3/kraken-websocket-request-reply-multiple-channels.v3.0.0.yml',
  'asyncapi/v3/slack-rtm.v3.0.0.yml',
  'asyncapi/v3/streetlights-kafka.v3.0.0.yml',
  'asyncapi/v3/websocket-gemini.v3.0.0.yml',
  'box/box-openapi.json',
  'digitalocean/specification/DigitalOcean-public.v2.yaml',
  'discord/discord-openapi.json',
  'github/api.github.com.new.json',
  'github/api.github.com.old.json',
  'stripe/stripe-spec3.new.json',
  'stripe/stripe-spec3.old.json',
  'twilio/twilio_api_v2010.new.json',
  'twilio/twilio_api_v2010.old.json',
  'twilio/twilio_messaging_v1.yaml',
];

function lint(file: string): string {
  try {
    return execFileSync(process.execPath, [join(root, 'bin/archway.js'), 'lint', file, '--ruleset', 'strict', '--format', 'json', '--fail-on', 'never'], {
      cwd: corpus,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
  } catch (error) {
    throw new Error(`archway lint ${file} failed: ${(error as Error).message}`);
  }
}

function main(args: string[]): number {
  const [out, flag, against] = args;
  if (!out || (flag !== undefined && (flag !== '--compare' || !against))) {
    process.stderr.write('usage: node dist/scripts/corpus-lint.js <out-dir> [--compare <dir>]\n');
    return 2;
  }
  mkdirSync(out, { recursive: true });
  let differ = 0;
  for (const file of DOCUMENTS) {
    const text = lint(file);
    const name = file.replace(/\//g, '__') + '.json';
    writeFileSync(join(out, name), text);
    if (against === undefined) continue;
    const before = join(against, name);
    const same = existsSync(before) && readFileSync(before, 'utf8') === text;
    process.stdout.write(`${same ? 'same   ' : 'DIFFERS'} ${file}\n`);
    if (!same) differ++;
  }
  return differ > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

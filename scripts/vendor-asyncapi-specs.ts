import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Writes schema/asyncapi-specs.json.gz from the installed @asyncapi/specs (a dependency of
 * @stoplight/spectral-rulesets, so dev-only): the official AsyncAPI 2.x and 3.x JSON Schemas that
 * `asyncapi-schema` validates documents against, without their prose (`description`, `$comment`,
 * `examples`), which validation never reads. Run `node dist/scripts/vendor-asyncapi-specs.js`
 * after upgrading Spectral.
 */
const repo = resolve(fileURLToPath(import.meta.url), '../../..');
const require = createRequire(import.meta.url);
const specs = (require('@asyncapi/specs') as { schemas: Record<string, unknown> }).schemas;
const version = (require('@asyncapi/specs/package.json') as { version: string }).version;

const strip = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !((key === 'description' || key === '$comment') && typeof v === 'string') && !(key === 'examples' && Array.isArray(v)))
      .map(([key, v]) => [key, strip(v)]),
  );
};

const kept = Object.fromEntries(
  Object.keys(specs)
    .filter((v) => /^[23]\./.test(v))
    .map((v) => [v, strip(specs[v])]),
);
// gzip's header carries no timestamp from Node: the same input gives the same bytes.
writeFileSync(join(repo, 'schema/asyncapi-specs.json.gz'), gzipSync(JSON.stringify({ source: `@asyncapi/specs@${version}`, schemas: kept }), { level: 9 }));
process.stdout.write(`wrote schema/asyncapi-specs.json.gz (${Object.keys(kept).join(', ')})\n`);

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneImport from 'ajv/dist/standalone/index.js';
import { compileStructureSchema, OAS_VERSIONS } from '../src/lint/structure-schema.js';

const standaloneCode = ((standaloneImport as { default?: unknown }).default ?? standaloneImport) as typeof standaloneImport.default;

/**
 * Writes the OpenAPI structure validators as CommonJS modules in dist/oas-validators, with ajv's
 * standalone code: a run loads them in a few milliseconds instead of compiling the schemas.
 * `document-structure` loads them; test/lint/structure-precompiled.test.ts holds them to a fresh compile.
 */
const repo = resolve(fileURLToPath(import.meta.url), '../../..');
const outdir = join(repo, 'dist/oas-validators');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
for (const version of OAS_VERSIONS) {
  const { ajv, validate } = compileStructureSchema(version, { source: true });
  writeFileSync(join(outdir, `${version}.cjs`), `${standaloneCode(ajv, validate)}\n`);
}

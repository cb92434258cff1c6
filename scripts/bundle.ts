import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Bundles the compiled CLI into dist/bundle (one entry, lazily loaded chunks per command). Node
 * 20's ESM loader pays for each of the ~300 modules (a check, a rule, a formatter per file)
 * on every start, about 0.2 s; one bundle makes `archway` start like a single-file tool.
 * Tests import dist/src directly; the process tests run bin/archway.js, which loads this.
 */
const repo = resolve(fileURLToPath(import.meta.url), '../../..');
const outdir = join(repo, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: join(repo, 'dist/src/cli/main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (ajv, picocolors) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});

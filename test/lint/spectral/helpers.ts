import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadContract } from '../../../src/contracts/load.js';
import { loadSpectralRuleset } from '../../../src/lint/spectral/load.js';
import { runRuleset } from '../../../src/lint/spectral/run.js';
import { withTempDirAsync } from '../../support/cli.js';

export const API = `openapi: 3.0.3
info:
  title: Pets
  version: 1.0.0
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      tags: [pets, admin]
      parameters:
        - name: petId
          in: path
          required: true
          schema: { type: string }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Pet' }
components:
  schemas:
    Pet:
      type: object
      properties:
        pet_name: { type: string, enum: [a, 1] }
        age: { type: integer, maxLength: 3 }
    Unused:
      type: object
`;

/** Runs a ruleset (YAML text) over a document: one line per finding, `rule@pointer line:col severity message`. */
export async function lintWith(ruleset: string, doc = API, files: Record<string, string> = {}): Promise<string[]> {
  return lintFile('ruleset.yaml', ruleset, doc, files);
}

/** Runs a JS module ruleset (CommonJS source) over a document, as `lintWith` does. */
export async function lintWithModule(source: string, doc = API): Promise<string[]> {
  return lintFile('rules.cjs', source, doc, {});
}

async function lintFile(name: string, ruleset: string, doc: string, files: Record<string, string>): Promise<string[]> {
  return withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'api.yaml'), doc);
    writeFileSync(join(dir, name), ruleset);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    const loaded = await loadSpectralRuleset(name, dir);
    const run = runRuleset(loadContract(join(dir, 'api.yaml')), loaded, dir);
    await Promise.all(run.pending);
    return run.findings.map((f) => `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.severity} ${f.message}`).sort();
  });
}

/** `require()` of an installed Spectral package from a ruleset written to a temporary folder (its own node_modules are not there). */
export function requireSpectral(name: '@stoplight/spectral-functions' | '@stoplight/spectral-formats'): string {
  return `require(${JSON.stringify(createRequire(import.meta.url).resolve(name))})`;
}

/** A one-rule ruleset. */
export function rule(body: string): string {
  return `rules:\n  r:\n${body
    .trim()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n`;
}

import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { InputError, type InputProblem } from '../core/input-error.js';
import { displayPath, YamlSourceFile } from '../core/source.js';
import { normalizeDesign } from './normalize.js';
import type { Design } from './types.js';
import { validateDesign } from './validate.js';

/** Aliases expand at most this many times: a "billion laughs" document is an error, not an OOM. */
const MAX_ALIAS_COUNT = 100;
const MAX_DESIGN_BYTES = 5 * 1024 * 1024;

export function loadDesignFile(path: string): Design {
  const absolutePath = resolve(path);
  const shown = displayPath(absolutePath);
  let text: string;
  try {
    const stats = statSync(absolutePath);
    if (stats.isDirectory()) throw problem(shown, 'is a directory, expected an archway.yaml file');
    if (stats.size > MAX_DESIGN_BYTES) throw problem(shown, `is ${stats.size} bytes; a design file may be at most ${MAX_DESIGN_BYTES}`);
    text = readFileSync(absolutePath, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw problem(shown, `cannot read the design file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return loadDesignText(text, absolutePath);
}

/** Parses, validates and normalises design text; `absolutePath` anchors relative contract paths. */
export function loadDesignText(text: string, absolutePath: string): Design {
  const shown = displayPath(absolutePath);
  if (text.includes('\0')) throw problem(shown, 'is a binary file, expected YAML');
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  const source = new YamlSourceFile(absolutePath, text, document);
  if (document.errors.length > 0) {
    throw new InputError(
      document.errors.map((error) => {
        const position = source.positionAt(Math.min(error.pos[0], text.length));
        return { location: { file: shown, pointer: '', ...position }, message: `YAML syntax error: ${firstLine(error.message)}` };
      }),
    );
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw problem(shown, `cannot expand the YAML: ${firstLine((error as Error).message)}`);
  }
  if (value === null || value === undefined) throw problem(shown, 'is empty; expected a design starting with `archway: 1`');
  if (typeof value !== 'object' || Array.isArray(value)) throw problem(shown, 'must be a mapping starting with `archway: 1`');

  const schemaProblems = validateDesign(value);
  if (schemaProblems.length > 0) {
    throw new InputError(
      schemaProblems.map((p) => ({ location: { file: shown, pointer: p.pointer, ...source.locate(p.pointer, p.target) }, message: p.message })),
    );
  }
  const design = normalizeDesign(value as Record<string, unknown>, source, dirname(absolutePath));
  const missing = missingContracts(design, source);
  if (missing.length > 0) throw new InputError(missing);
  return design;
}

function missingContracts(design: Design, source: YamlSourceFile): InputProblem[] {
  const refs = [...design.api, ...design.events, ...design.dependencies].flatMap((s) => (s.contract ? [s.contract] : []));
  const problems: InputProblem[] = [];
  for (const ref of refs) {
    let isFile = false;
    try {
      isFile = statSync(ref.absolutePath).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) {
      problems.push({
        location: { file: source.displayPath, pointer: ref.pointer, ...source.locate(ref.pointer) },
        message: `contract file "${ref.path}" does not exist (looked for ${displayPath(ref.absolutePath)})`,
      });
    }
  }
  return problems;
}

function problem(file: string, message: string): InputError {
  return new InputError([{ location: { file, pointer: '', line: 1, column: 1 }, message }]);
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

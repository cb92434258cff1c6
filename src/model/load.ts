import { statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseDocument, type Node } from 'yaml';
import { capProblems, InputError, type InputProblem } from '../core/input-error.js';
import { isWithin, realLocation } from '../core/paths.js';
import { readInputText } from '../core/read-input.js';
import { duplicateKeys } from '../core/yaml-duplicates.js';
import { displayPath, recursiveAlias, YamlSourceFile } from '../core/source.js';
import { normalizeDesign } from './normalize.js';
import type { Design } from './types.js';
import { validateDesign } from './validate.js';

/** Aliases expand at most this many times: a "billion laughs" document is an error, not an OOM. */
const MAX_ALIAS_COUNT = 100;
const MAX_DESIGN_BYTES = 5 * 1024 * 1024;

export interface DesignLoadOptions {
  /** Let `contract:` name a file outside the design's folder (absolute, or climbing with `..`). */
  allowOutsideRoot?: boolean;
  /** The working directory: relative paths are read from it and file names shown relative to it (absolute without it). */
  cwd?: string;
}

export function loadDesignFile(path: string, options: DesignLoadOptions = {}): Design {
  const absolutePath = options.cwd === undefined ? resolve(path) : resolve(options.cwd, path);
  const text = readInputText(absolutePath, { shown: displayPath(absolutePath, options.cwd), what: 'archway.yaml file', maxBytes: MAX_DESIGN_BYTES });
  return loadDesignText(text, absolutePath, options);
}

/** Parses, validates and normalises design text; `absolutePath` anchors relative contract paths. */
export function loadDesignText(text: string, absolutePath: string, options: DesignLoadOptions = {}): Design {
  const shown = displayPath(absolutePath, options.cwd);
  if (text.includes('\0')) throw problem(shown, 'is a binary file, expected YAML');
  // yaml's own uniqueKeys check compares every key with every other (quadratic): checked below instead.
  const document = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true });
  const source = new YamlSourceFile(absolutePath, text, document, shown);
  const syntax = document.errors.map((error) => ({ offset: error.pos[0], message: `YAML syntax error: ${firstLine(error.message)}` }));
  if (syntax.length === 0) syntax.push(...duplicateKeys(document.contents as Node | null));
  if (syntax.length > 0) {
    throw new InputError(
      capProblems(
        syntax.map(({ offset, message }) => ({ location: { file: shown, pointer: '', ...source.positionAt(Math.min(offset, text.length)) }, message })),
      ),
    );
  }
  const loop = recursiveAlias(document, 'design');
  if (loop) throw new InputError([{ location: { file: shown, pointer: '', ...source.positionAt(loop.offset) }, message: loop.message }]);
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
    // Locating a problem walks the document: only the problems that will be printed are located.
    throw new InputError(
      capProblems(schemaProblems, (p) => ({ location: { file: shown, pointer: p.pointer, ...source.locate(p.pointer, p.target) }, message: p.message })),
    );
  }
  const design = normalizeDesign(value as Record<string, unknown>, source, dirname(absolutePath));
  const missing = missingContracts(design, source, options);
  if (missing.length > 0) throw new InputError(missing);
  return design;
}

/** Contract files that are missing, or (without `allowOutsideRoot`) outside the design's folder. */
function missingContracts(design: Design, source: YamlSourceFile, options: DesignLoadOptions): InputProblem[] {
  const refs = [...design.api, ...design.events, ...design.dependencies].flatMap((s) => (s.contract ? [s.contract] : []));
  const problems: InputProblem[] = [];
  const folder = realLocation(dirname(source.path));
  for (const ref of refs) {
    if (!options.allowOutsideRoot && (isAbsolute(ref.path) || !isWithin(folder, realLocation(ref.absolutePath)))) {
      problems.push({
        location: { file: source.displayPath, pointer: ref.pointer, ...source.locate(ref.pointer) },
        message: `contract file "${ref.path}" is outside the design's folder ${displayPath(dirname(source.path), options.cwd) || '.'}; pass --allow-outside-root to read it`,
      });
      continue;
    }
    let isFile = false;
    try {
      isFile = statSync(ref.absolutePath).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) {
      problems.push({
        location: { file: source.displayPath, pointer: ref.pointer, ...source.locate(ref.pointer) },
        message: `contract file "${ref.path}" does not exist (looked for ${displayPath(ref.absolutePath, options.cwd)})`,
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

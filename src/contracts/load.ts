import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { Finding } from '../core/diagnostic.js';
import { fingerprint } from '../core/fingerprint.js';
import { InputError } from '../core/input-error.js';
import { JsonSourceFile } from '../core/json-source.js';
import { getAtPointer } from '../core/pointer.js';
import { displayPath, YamlSourceFile, type SourceFile } from '../core/source.js';

export interface ContractFile {
  path: string;
  source: SourceFile;
  root: unknown;
}

export interface Resolved {
  node: unknown;
  file: ContractFile;
  pointer: string;
}

export type ContractKind = 'openapi' | 'asyncapi';

export interface LoadOptions {
  /** Follow refs outside the root file's folder. */
  allowOutsideRoot?: boolean;
}

const MAX_ALIAS_COUNT = 100;
const MAX_BYTES = 256 * 1024 * 1024;

/**
 * A contract and every local file its `$ref`s reach. Files load on first reference; nothing is
 * copied or inlined, so a node is always reported where it is written.
 */
export class ContractDocument {
  readonly files = new Map<string, ContractFile | null>();
  /** Unresolvable refs, found while resolving. */
  readonly problems: Finding[] = [];
  private readonly reported = new Set<string>();

  private constructor(
    readonly kind: ContractKind,
    /** "2.0", "3.0.3", "3.1.0" for OpenAPI; "2.6.0", "3.0.0" for AsyncAPI. */
    readonly version: string,
    readonly rootFile: ContractFile,
    private readonly options: LoadOptions,
  ) {
    this.files.set(rootFile.path, rootFile);
  }

  static load(path: string, options: LoadOptions = {}): ContractDocument {
    const file = readContractFile(resolve(path));
    const root = file.root as Record<string, unknown> | null;
    const where = (key: string) => file.source.locate(`/${key}`);
    if (!root || typeof root !== 'object' || Array.isArray(root)) throw located(file, 1, 1, 'is not an API description: expected a mapping with `openapi`, `swagger` or `asyncapi`');
    if (typeof root.swaggerVersion === 'string') throw located(file, where('swaggerVersion').line, where('swaggerVersion').column, `Swagger ${root.swaggerVersion} is not supported; convert it to OpenAPI 2.0 or later`);
    const version = root.openapi ?? root.swagger ?? root.asyncapi;
    const kind: ContractKind = root.asyncapi !== undefined ? 'asyncapi' : 'openapi';
    const key = root.openapi !== undefined ? 'openapi' : root.swagger !== undefined ? 'swagger' : 'asyncapi';
    if (version === undefined) throw located(file, 1, 1, 'is not an API description: no `openapi`, `swagger` or `asyncapi` version');
    const text = String(version);
    const supported = kind === 'asyncapi' ? /^(2\.[0-6]|3\.[01])\.\d+$/.test(text) : text === '2.0' || /^3\.[01]\.\d+$/.test(text);
    if (!supported) {
      const at = where(key);
      throw located(file, at.line, at.column, `${key} ${text} is not supported (OpenAPI 2.0, 3.0.x, 3.1.x; AsyncAPI 2.0–2.6, 3.0)`);
    }
    return new ContractDocument(kind, text, file, options);
  }

  get root(): unknown {
    return this.rootFile.root;
  }

  /** Resolves a `$ref` written in `from` at `refPointer`; records a problem when it cannot. */
  resolve(ref: string, from: ContractFile, refPointer: string): Resolved | undefined {
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash + 1);
    let file: ContractFile | undefined = from;
    if (filePart) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) return this.fail(from, refPointer, `remote $ref "${ref}" is not followed (archway never fetches from the network)`);
      const target = resolve(dirname(from.path), decodeURIComponent(filePart));
      const rootDir = dirname(this.rootFile.path);
      const rel = relative(rootDir, target);
      if (!this.options.allowOutsideRoot && (rel.startsWith('..') || isAbsolute(rel))) {
        return this.fail(from, refPointer, `$ref "${ref}" leaves the contract's folder ${displayPath(rootDir)}`);
      }
      file = this.fileAt(target);
      if (!file) return this.fail(from, refPointer, `$ref "${ref}" points to ${displayPath(target)}, which cannot be read as JSON or YAML`);
    }
    if (fragment && !fragment.startsWith('/')) return this.fail(from, refPointer, `$ref "${ref}" has a fragment that is not a JSON pointer`);
    let node: unknown;
    try {
      node = getAtPointer(file.root, fragment);
    } catch {
      node = undefined;
    }
    if (node === undefined) return this.fail(from, refPointer, `$ref "${ref}" points to nothing`);
    return { node, file, pointer: fragment };
  }

  /** Follows a chain of `$ref`s (cycle-safe) to the node they name. */
  deref(node: unknown, file: ContractFile, pointer: string): Resolved {
    let current: Resolved = { node, file, pointer };
    const seen = new Set<unknown>();
    while (isRef(current.node) && !seen.has(current.node)) {
      seen.add(current.node);
      const next = this.resolve((current.node as { $ref: string }).$ref, current.file, `${current.pointer}/$ref`);
      if (!next) return current;
      current = next;
    }
    return current;
  }

  private fileAt(path: string): ContractFile | undefined {
    if (!this.files.has(path)) {
      try {
        this.files.set(path, readContractFile(path));
      } catch {
        this.files.set(path, null);
      }
    }
    return this.files.get(path) ?? undefined;
  }

  private fail(from: ContractFile, pointer: string, message: string): undefined {
    const key = `${from.path}#${pointer}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      const location = { file: from.source.displayPath, pointer, ...from.source.locate(pointer) };
      this.problems.push({ ruleId: 'ref-unresolved', category: 'schema', severity: 'error', message, location, fix: 'Point the $ref at an existing file and JSON pointer.', fingerprint: fingerprint('ref-unresolved', location.file, pointer) });
    }
    return undefined;
  }
}

export function isRef(node: unknown): node is { $ref: string } {
  return node !== null && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string';
}

export function loadContract(path: string, options: LoadOptions = {}): ContractDocument {
  return ContractDocument.load(path, options);
}

function located(file: ContractFile, line: number, column: number, message: string): InputError {
  return new InputError([{ location: { file: file.source.displayPath, pointer: '', line, column }, message }]);
}

/** Reads and parses one file: JSON by `JSON.parse` (fast path), anything else as YAML. */
function readContractFile(path: string): ContractFile {
  const shown = displayPath(path);
  const fail = (message: string, line = 1, column = 1) => new InputError([{ location: { file: shown, pointer: '', line, column }, message }]);
  let text: string;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw fail('is a directory, expected a contract file');
    if (stats.size > MAX_BYTES) throw fail(`is ${stats.size} bytes; the limit is ${MAX_BYTES}`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fail(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (text.trim() === '') throw fail('is empty');
  if (text.includes('\0')) throw fail('is a binary file, expected JSON or YAML');
  const trimmed = text.trimStart();
  if (path.endsWith('.json') || trimmed.startsWith('{')) {
    const source = new JsonSourceFile(path, text);
    try {
      return { path, source, root: JSON.parse(text) };
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof RangeError) throw fail('is nested too deeply to read');
      const at = /position (\d+)/.exec(message);
      const position = source.positionAt(at ? Number(at[1]) : text.length);
      throw fail(`invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'unexpected end of input (truncated?)')}`, position.line, position.column);
    }
  }
  const document = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false, stringKeys: true });
  const source = new YamlSourceFile(path, text, document);
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const position = source.positionAt(Math.min(error.pos[0], text.length));
    throw fail(`YAML syntax error: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, position.line, position.column);
  }
  try {
    return { path, source, root: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (error instanceof RangeError) throw fail('is nested too deeply to read');
    throw fail(`cannot expand the YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

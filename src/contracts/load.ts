import { dirname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { Finding } from '../core/diagnostic.js';
import { findingFingerprint } from '../core/fingerprint.js';
import { InputError, inputError } from '../core/input-error.js';
import { decodeJsonBytes, JsonSourceFile } from '../core/json-source.js';
import { readYamlEvents } from '../core/yaml-events.js';
import { fragmentToPointer, getAtPointer } from '../core/pointer.js';
import { isWithin, realLocation } from '../core/paths.js';
import { formatBytes, MAX_FILE_BYTES, readInputFile } from '../core/read-input.js';
import { displayPath, recursiveAlias, YamlSourceFile, type SourceFile } from '../core/source.js';

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
  /** Follow http(s) refs; they must first be fetched with `fetchRemoteRefs`. */
  allowRemoteRefs?: boolean;
  /** The working directory file names are shown relative to (absolute without it). */
  cwd?: string;
}

const MAX_ALIAS_COUNT = 100;
const FETCH_TIMEOUT_MS = 10_000;
/** Remote refs (`--allow-remote-refs`): documents, bytes and chain depth one contract may fetch. */
export const REMOTE_LIMITS = { documents: 100, bytes: 64 * 1024 * 1024, depth: 10 };

/** A fetch stopped by a limit; its message names the limit. */
class LimitError extends Error {}

export type FetchText = (url: string, maxBytes: number) => Promise<string>;

/**
 * A contract and every local file its `$ref`s reach. Files load on first reference; nothing is
 * copied or inlined, so a node is always reported where it is written.
 */
export class ContractDocument {
  readonly files = new Map<string, ContractFile | null>();
  /** Unresolvable refs, found while resolving. */
  readonly problems: Finding[] = [];
  private readonly targets = new Map<string, ContractFile>();
  private readonly nodes = new Map<ContractFile, Map<string, unknown>>();
  private readonly refTargets = new WeakMap<object, Resolved>();
  private readonly reported = new Set<string>();
  /** Why a remote file was not fetched, when a limit stopped it. */
  private readonly remoteRefused = new Map<string, string>();
  private realRoot?: string;

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
    const file = readContractFile(options.cwd === undefined ? resolve(path) : resolve(options.cwd, path), options.cwd);
    const root = file.root as Record<string, unknown> | null;
    const where = (key: string) => file.source.locate(`/${key}`);
    if (!root || typeof root !== 'object' || Array.isArray(root))
      throw located(file, 1, 1, 'is not an API description: expected a mapping with `openapi`, `swagger` or `asyncapi`');
    if (typeof root.swaggerVersion === 'string')
      throw located(
        file,
        where('swaggerVersion').line,
        where('swaggerVersion').column,
        `Swagger ${root.swaggerVersion} is not supported; convert it to OpenAPI 2.0 or later`,
      );
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
    const fragment = hash === -1 ? '' : fragmentToPointer(ref.slice(hash + 1));
    let file: ContractFile | undefined = from;
    if (filePart) {
      // Thousands of refs name the same few files: resolve each (file, target) pair once. Failures
      // are not kept: they are rare, and a remote file may be fetched after a first attempt.
      const key = `${from.path}\0${filePart}`;
      const target = this.targets.get(key) ?? this.fileOf(filePart, from);
      if (typeof target === 'string') return this.fail(from, refPointer, target.replace('{ref}', ref));
      this.targets.set(key, target);
      file = target;
    }
    if (fragment && !fragment.startsWith('/')) return this.fail(from, refPointer, `$ref "${ref}" has a fragment that is not a JSON pointer`);
    // The same component is referenced from hundreds of places: look each pointer up once per file.
    let nodes = this.nodes.get(file);
    if (!nodes) this.nodes.set(file, (nodes = new Map()));
    let node = nodes.get(fragment);
    if (node === undefined && !nodes.has(fragment)) {
      try {
        node = getAtPointer(file.root, fragment);
      } catch {
        node = undefined;
      }
      nodes.set(fragment, node);
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
      // A ref object sits in one file at one place: what it names is found once.
      let next = this.refTargets.get(current.node);
      if (!next) {
        next = this.resolve((current.node as { $ref: string }).$ref, current.file, `${current.pointer}/$ref`);
        if (!next) return current;
        this.refTargets.set(current.node, next);
      }
      current = next;
    }
    return current;
  }

  /**
   * Fetches every http(s) file the contract's refs reach, transitively, so that `resolve` (which
   * is synchronous, like the walk) finds them. Only with `allowRemoteRefs`; local files reached on
   * the way are read now rather than during the walk. A file that cannot be fetched is left
   * out, and each ref to it becomes a located `ref-unresolved` finding.
   */
  async fetchRemoteRefs(fetchText: FetchText = fetchWithLimits, limits = REMOTE_LIMITS): Promise<void> {
    if (!this.options.allowRemoteRefs) return;
    // Breadth first, so the depth of a file is the length of the shortest chain of refs to it.
    const queue: Array<{ file: ContractFile; depth: number }> = [{ file: this.rootFile, depth: 0 }];
    const scanned = new Set<string>();
    let documents = 0;
    let bytes = 0;
    for (let i = 0; i < queue.length; i++) {
      const { file, depth } = queue[i];
      if (scanned.has(file.path)) continue;
      scanned.add(file.path);
      for (const ref of collectRefs(file.root)) {
        const hash = ref.indexOf('#');
        const filePart = hash === -1 ? ref : ref.slice(0, hash);
        if (!filePart) continue;
        const remote = remoteTarget(filePart, file.path);
        if (remote && !isRemote(remote)) continue;
        if (remote && !this.files.has(remote) && !this.remoteRefused.has(remote)) {
          const refused =
            depth + 1 > limits.depth
              ? `it is more than ${limits.depth} refs away from the contract (the depth limit)`
              : documents >= limits.documents
                ? `the limit of ${limits.documents} remote documents is reached`
                : bytes >= limits.bytes
                  ? `the limit of ${formatBytes(limits.bytes)} of remote documents is reached`
                  : undefined;
          if (refused) {
            this.remoteRefused.set(remote, `remote $ref "{ref}" is not fetched: ${refused}`);
            continue;
          }
          documents++;
          try {
            const text = await fetchText(remote, Math.min(MAX_FILE_BYTES, limits.bytes - bytes));
            bytes += Buffer.byteLength(text);
            this.files.set(remote, parseContractText(remote, text, remote));
          } catch (error) {
            if (error instanceof LimitError) this.remoteRefused.set(remote, `remote $ref "{ref}" is not fetched: ${error.message}`);
            else this.files.set(remote, null);
          }
        }
        const local = remote || isRemote(file.path) ? undefined : resolve(dirname(file.path), decodeURIComponent(filePart));
        const next = remote ? this.files.get(remote) : local && !this.outsideRoot(local) ? this.fileAt(local) : undefined;
        if (next) queue.push({ file: next, depth: remote ? depth + 1 : depth });
      }
    }
  }

  /** The file a ref's file part names, or why it cannot be followed ("{ref}" stands for the whole ref). */
  private fileOf(filePart: string, from: ContractFile): ContractFile | string {
    const remote = remoteTarget(filePart, from.path);
    if (remote) {
      if (!isRemote(remote)) return '$ref "{ref}" uses a scheme archway does not follow (only relative paths, and http(s) with --allow-remote-refs)';
      if (!this.options.allowRemoteRefs) return 'remote $ref "{ref}" is not followed (pass --allow-remote-refs to fetch it)';
      return this.files.get(remote) ?? this.remoteRefused.get(remote) ?? 'remote $ref "{ref}" could not be fetched as JSON or YAML';
    }
    const target = resolve(dirname(from.path), decodeURIComponent(filePart));
    if (this.outsideRoot(target)) return `$ref "{ref}" leaves the contract's folder ${displayPath(dirname(this.rootFile.path), this.options.cwd)}`;
    return this.fileAt(target) ?? `$ref "{ref}" points to ${displayPath(target, this.options.cwd)}, which cannot be read as JSON or YAML`;
  }

  /**
   * Whether a local file lies outside the root file's folder (and that is not allowed). Real
   * paths are compared, so a symbolic link in the folder cannot stand for a file outside it.
   */
  private outsideRoot(target: string): boolean {
    if (this.options.allowOutsideRoot) return false;
    this.realRoot ??= realLocation(dirname(this.rootFile.path));
    return !isWithin(this.realRoot, realLocation(target));
  }

  private fileAt(path: string): ContractFile | undefined {
    if (!this.files.has(path)) {
      try {
        this.files.set(path, readContractFile(path, this.options.cwd));
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
      this.problems.push({
        ruleId: 'ref-unresolved',
        category: 'schema',
        severity: 'error',
        message,
        location,
        fix: 'Point the $ref at an existing file and JSON pointer.',
        fingerprint: findingFingerprint({ ruleId: 'ref-unresolved', path: from.path, pointer }),
      });
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
function readContractFile(path: string, cwd: string | undefined): ContractFile {
  const shown = displayPath(path, cwd);
  const bytes = readInputFile(path, { shown });
  return parseJsonBytes(path, bytes, shown) ?? parseContractText(path, bytes.toString('utf8'), shown);
}

/**
 * The fast path for a well-formed JSON file, without decoding it to a UTF-16 string first
 * (see `decodeJsonBytes`). Anything else, including JSON with a syntax error, goes through
 * `parseContractText` for its diagnostics.
 */
function parseJsonBytes(path: string, raw: Buffer, shown: string): ContractFile | undefined {
  const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf;
  const bytes = bom ? raw.subarray(3) : raw;
  const first = bytes.findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
  if (first < 0 || (bytes[first] !== 0x7b /* { */ && !path.endsWith('.json')) || bytes.includes(0)) return undefined;
  const { parse, scan, ascii } = decodeJsonBytes(bytes);
  let root: unknown;
  try {
    root = JSON.parse(parse);
  } catch {
    return undefined;
  }
  return { path, source: new JsonSourceFile(path, scan, shown, bytes, ascii), root };
}

/** Parses a contract's text; `shown` is the name problems carry (a relative path or a URL). */
function parseContractText(path: string, raw: string, shown: string): ContractFile {
  // A byte order mark is legal in YAML but not in JSON.parse; dropping it moves no line.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const fail = (message: string, line = 1, column = 1) => inputError(shown, message, line, column);
  if (text.trim() === '') throw fail('is empty');
  if (text.includes('\0')) throw fail('is a binary file, expected JSON or YAML');
  const trimmed = text.trimStart();
  if (path.endsWith('.json') || trimmed.startsWith('{')) {
    const source = new JsonSourceFile(path, text, shown);
    try {
      return { path, source, root: JSON.parse(text) };
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof RangeError) throw fail('is nested too deeply to read');
      const at = /position (\d+)/.exec(message);
      const position = source.positionAt(at ? Number(at[1]) : text.length);
      // Node quotes the text around the error; the file may be a foreign one, so only its position is told.
      const reason = /^Unexpected end of JSON input/.test(message)
        ? 'unexpected end of input (truncated?)'
        : /^Unexpected non-whitespace character after JSON/.test(message)
          ? 'text after the JSON value'
          : 'unexpected token';
      throw fail(`invalid JSON: ${reason}`, position.line, position.column);
    }
  }
  const fast = readYamlEvents(path, text, shown);
  if (fast) return { path, source: fast.source, root: fast.root };
  const document = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false, stringKeys: true });
  const source = new YamlSourceFile(path, text, document, shown);
  if (document.errors.length > 0) {
    const error = document.errors[0];
    if (/call stack/i.test(error.message)) throw fail('is nested too deeply to read');
    const position = source.positionAt(Math.min(error.pos[0], text.length));
    throw fail(`YAML syntax error: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, position.line, position.column);
  }
  const loop = recursiveAlias(document, 'contract');
  if (loop) {
    const at = source.positionAt(loop.offset);
    throw fail(loop.message, at.line, at.column);
  }
  try {
    return { path, source, root: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (error instanceof RangeError) throw fail('is nested too deeply to read');
    throw fail(`cannot expand the YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

const isRemote = (path: string) => /^https?:\/\//i.test(path);

/** The absolute URL a ref's file part names, when it is remote (or relative to a remote file). */
function remoteTarget(filePart: string, fromPath: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) return filePart;
  return isRemote(fromPath) ? new URL(filePart, fromPath).href : undefined;
}

/** Every `$ref` string in a parsed file, without recursion (files may nest deeply). */
function collectRefs(root: unknown): string[] {
  const refs: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (isRef(node)) refs.push(node.$ref);
    for (const value of Array.isArray(node) ? node : Object.values(node)) if (value !== null && typeof value === 'object') stack.push(value);
  }
  return refs;
}

/** Fetches a document, reading its body only up to `maxBytes` (a body may never end). */
async function fetchWithLimits(url: string, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new LimitError(
      `it is larger than the ${formatBytes(maxBytes)} left by the limits on remote documents (${formatBytes(MAX_FILE_BYTES)} each, a total for all)`,
    );
  const controller = new AbortController();
  const response = await fetch(url, { signal: AbortSignal.any([controller.signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]), redirect: 'follow' });
  try {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body ?? []) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    controller.abort();
  }
}

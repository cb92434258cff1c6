import { setTimeout as sleep } from 'node:timers/promises';
import type { At } from '../contracts/walk.js';
import type { Evidence, Finding } from '../core/diagnostic.js';
import { findingFingerprint } from '../core/fingerprint.js';
import { SchemaValidator } from '../lint/validator.js';
import { collectionOf, itemOperation } from './plan.js';
import { itemId, listItems } from './shapes.js';
import type { Exchange, Plan, PlannedOperation, Probe, ProbeContext, ProbeRequest, ReportInput } from './types.js';
import { sampleValue } from './values.js';

export interface VerifyOptions {
  /** Where the service answers; the contract's paths are appended to its path. */
  baseUrl: string;
  /** Sent with every request (credentials, tenant headers); their values are redacted in evidence. */
  headers?: Record<string, string>;
  allowWrites?: boolean;
  /** The request budget (default 300). */
  maxRequests?: number;
  /** Requests per second at most; unlimited when absent. */
  rps?: number;
  /** More values never to show in evidence (ARCHWAY_VERIFY_HEADER's, whatever their names). */
  redact?: string[];
  /** Per request, body included (default 5000 ms). */
  timeoutMs?: number;
  /** The working directory: fingerprints name files relative to the git top, else to it. */
  cwd?: string;
}

/** The base URL cannot be reached at all (refused, unknown host): verify stops, the CLI exits 2. */
export class VerifyUnreachable extends Error {}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Request headers that correlate a request with the service's logs. */
export const CORRELATION = /^(x-request-id|x-correlation-id|request-id|correlation-id|x-trace-id)$/i;
/** Header names that carry credentials whatever the contract says. */
const CREDENTIAL = /auth|token|api[-_]?key|cookie|session|secret|password|signature/i;
const MAX_BODY = 1024 * 1024;
const EXCERPT = 500;
/** After this many requests in a row without an answer the service is taken as gone: no more are sent. */
const SILENT_LIMIT = 3;
const ALWAYS_SHOWN = ['content-type'];
const REQUEST_SHOWN = ['content-type', 'idempotency-key'];

/** One verify run: sends the probes' requests within the budget and collects the findings. */
export class Session implements ProbeContext {
  readonly exchanges: Exchange[] = [];
  readonly findings = new Map<string, Finding>();
  /** Set when the budget ran out: the probes that wanted more. */
  readonly starved = new Set<string>();
  private readonly base: URL;
  private readonly validator: SchemaValidator;
  private readonly ids = new Map<string, string[]>();
  /** The same ids by the item path's parameter name, for items read under another path (`/legacy/tasks/{taskId}`). */
  private readonly idsByParameter = new Map<string, string[]>();
  private readonly made: Array<{ collection: string; id: string }> = [];
  private readonly secrets: string[];
  private sent = 0;
  private silent = 0;
  private gone = false;
  private lastStart = 0;
  current?: Probe;

  constructor(
    readonly plan: Plan,
    private readonly options: VerifyOptions,
    private readonly probes: readonly Probe[],
  ) {
    this.base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    this.validator = new SchemaValidator(plan.doc);
    this.secrets = [
      ...Object.entries(options.headers ?? {})
        .filter(([name]) => this.isCredential(name))
        .flatMap(([, value]) => [value, value.replace(/^\S+\s+/, '')]),
      ...(options.redact ?? []),
    ]
      .filter((v) => v.length >= 4)
      // The longest first, so that "Bearer tok" is replaced whole rather than leaving "Bearer ".
      .sort((a, b) => b.length - a.length);
  }

  get allowWrites(): boolean {
    return this.options.allowWrites === true;
  }

  get requests(): number {
    return this.sent;
  }

  remaining(): number {
    return this.gone ? 0 : (this.options.maxRequests ?? 300) - this.sent;
  }

  async send(op: PlannedOperation, request: ProbeRequest): Promise<Exchange | undefined> {
    if (this.remaining() <= 0) {
      if (!this.gone && this.current) this.starved.add(this.current.id);
      return undefined;
    }
    const method = (request.method ?? op.method).toUpperCase();
    // The one guard between a read-only run and a write: probes ask, the session refuses.
    if (!this.allowWrites && !SAFE.has(method)) throw new Error(`verify: ${method} ${op.path} needs --allow-writes`);
    const url = this.urlFor(op, request);
    if (!url) return undefined;
    const headers = this.headersFor(op, request);
    const body = request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = request.contentType ?? 'application/json';
    await this.pace();
    this.sent++;
    const timeout = this.options.timeoutMs ?? 5000;
    const exchange: Exchange = {
      op,
      purpose: request.purpose,
      method,
      url,
      requestLine: `${method} ${this.redactUrl(url)}`,
      requestHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
      status: null,
      headers: {},
      body: '',
    };
    try {
      const response = await fetch(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeout) });
      exchange.status = response.status;
      response.headers.forEach((value, name) => (exchange.headers[name] = value));
      exchange.body = method === 'HEAD' ? '' : await readCapped(response, MAX_BODY);
      this.silent = 0;
    } catch (error) {
      const code = errorCode(error);
      if (this.sent === 1 && code !== 'timeout') throw new VerifyUnreachable(`cannot reach ${this.base.origin}: ${describe(code)}`);
      exchange.failure = code === 'timeout' ? `no answer within ${timeout / 1000} s` : describe(code);
      // A refused connection mid-run means the service went down; silence, that it hangs.
      if (code === 'ECONNREFUSED' || ++this.silent >= SILENT_LIMIT) this.gone = true;
    }
    if (exchange.body && /json/i.test(exchange.headers['content-type'] ?? '')) {
      try {
        exchange.json = JSON.parse(exchange.body);
      } catch {
        // Not JSON after all: the schema and content-type probes say so.
      }
    }
    this.exchanges.push(exchange);
    this.learnIds(exchange);
    for (const probe of this.probes) probe.inspect?.(exchange, this);
    return exchange;
  }

  knownId(op: PlannedOperation): string | undefined {
    const collection = collectionOf(op.path);
    if (collection === undefined) return undefined;
    return this.ids.get(collection)?.[0] ?? this.idsByParameter.get(lastParameter(op.path))?.[0];
  }

  rememberIds(collectionPath: string, ids: string[]): void {
    const known = this.ids.get(collectionPath) ?? [];
    for (const id of ids) if (!known.includes(id)) known.push(id);
    this.ids.set(collectionPath, known);
    const item = itemOperation(this.plan, collectionPath, 'get') ?? itemOperation(this.plan, collectionPath, 'delete');
    if (item && !this.idsByParameter.has(lastParameter(item.path))) this.idsByParameter.set(lastParameter(item.path), known);
  }

  created(collectionPath: string, id: string): void {
    this.made.push({ collection: collectionPath, id });
    this.rememberIds(collectionPath, [id]);
  }

  createdIn(collectionPath: string): string | undefined {
    return [...this.made].reverse().find((m) => m.collection === collectionPath)?.id;
  }

  validate(schema: { node: unknown; at: At }, value: unknown): { message: string; path: string } | undefined {
    const error = this.validator.check(schema, value);
    return error && { message: error.message ?? 'is invalid', path: error.instancePath };
  }

  report(probe: Probe, input: ReportInput): void {
    const at = input.at ?? input.op.info.at;
    const key = `${probe.id}\0${input.messageId}\0${at.pointer}`;
    if (this.findings.has(key)) return;
    const position = at.file.source.locate(at.pointer);
    this.findings.set(key, {
      ruleId: probe.id,
      category: probe.category,
      severity: input.severity ?? probe.severity,
      message: input.message,
      location: { file: at.file.source.displayPath, pointer: at.pointer, ...position },
      fix: probe.fix,
      ...(input.data ? { data: input.data } : {}),
      operation: input.op.name,
      ...(input.exchange ? { evidence: this.evidence(input.exchange, input.headers ?? []) } : {}),
      fingerprint: findingFingerprint({ ruleId: probe.id, messageId: input.messageId, path: at.file.path, pointer: at.pointer }, this.options.cwd),
    });
  }

  /** Deletes what verify created, when the contract offers a delete for it. */
  async cleanup(): Promise<void> {
    for (const { collection, id } of this.made.splice(0)) {
      const remove = itemOperation(this.plan, collection, 'delete');
      if (remove) await this.send(remove, { purpose: 'valid', pathValues: { [lastParameter(remove.path)]: id } });
    }
  }

  private evidence(exchange: Exchange, shown: string[]): Evidence {
    const names = new Set([...ALWAYS_SHOWN, ...shown.map((h) => h.toLowerCase())]);
    const headers: Record<string, string> = {};
    for (const name of Object.keys(exchange.headers).sort()) if (names.has(name)) headers[name] = this.redactHeader(name, exchange.headers[name]);
    const requestHeaders: Record<string, string> = {};
    for (const name of Object.keys(exchange.requestHeaders).sort()) {
      if (REQUEST_SHOWN.includes(name) || names.has(name) || (exchange.purpose === 'bad-auth' && name === 'authorization'))
        requestHeaders[name] = this.redactHeader(name, exchange.requestHeaders[name]);
    }
    return {
      request: exchange.requestLine,
      ...(Object.keys(requestHeaders).length > 0 ? { requestHeaders } : {}),
      status: exchange.status,
      headers,
      body: this.redactText(exchange.failure ?? exchange.body).slice(0, EXCERPT),
    };
  }

  private redactHeader(name: string, value: string): string {
    if (!this.isCredential(name)) return this.redactText(value);
    // The scheme says what kind of credential was sent; the credential itself never shows.
    const scheme = /^(Bearer|Basic|Digest|Token)\s/i.exec(value);
    return scheme ? `${scheme[1]} [redacted]` : '[redacted]';
  }

  private redactText(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[redacted]');
    return out;
  }

  private redactUrl(url: URL): string {
    const shown = new URL(url);
    for (const name of [...shown.searchParams.keys()]) if (this.plan.secretNames.has(name.toLowerCase())) shown.searchParams.set(name, '[redacted]');
    return this.redactText(`${shown.pathname}${shown.search}`);
  }

  /** A header that carries a credential: the contract's API-key names, and any name that says so (X-Auth-Token, Cookie). */
  private isCredential(name: string): boolean {
    return this.plan.secretNames.has(name.toLowerCase()) || CREDENTIAL.test(name);
  }

  /** The request URL under the base URL; a link to another origin is not followed. */
  private urlFor(op: PlannedOperation, request: ProbeRequest): URL | undefined {
    if (request.url !== undefined) {
      const url = new URL(request.url, this.base);
      return url.origin === this.base.origin ? url : undefined;
    }
    const doc = this.plan.doc;
    const last = lastParameter(op.path);
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const given = request.pathValues?.[name] ?? (name === last ? this.knownId(op) : undefined);
      const parameter = op.info.parameters.find((p) => p.node.in === 'path' && p.node.name === name);
      const value = given ?? (parameter ? sampleValue(doc, parameter.node.schema ?? {}, parameter.at.file) : 'x');
      return encodeURIComponent(String(value));
    });
    const url = new URL(`${this.base.pathname.replace(/\/$/, '')}${path}`, this.base);
    for (const { node, at } of op.info.parameters) {
      if (node.in !== 'query' || node.required !== true || request.query?.[node.name] !== undefined) continue;
      url.searchParams.set(node.name, String(node.example ?? sampleValue(doc, node.schema ?? {}, at.file)));
    }
    for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
    return url;
  }

  private headersFor(op: PlannedOperation, request: ProbeRequest): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const { node, at } of op.info.parameters) {
      if (node.in !== 'header') continue;
      // A unique correlation id per request, so that an echo can be told from a constant.
      if (CORRELATION.test(node.name)) headers[node.name] = `archway-verify-${this.sent + 1}`;
      else if (node.required === true) headers[node.name] = String(node.example ?? sampleValue(this.plan.doc, node.schema ?? {}, at.file));
    }
    Object.assign(headers, this.options.headers ?? {}, request.headers ?? {});
    if (request.auth === 'none' || request.auth === 'malformed') {
      for (const name of Object.keys(headers)) if (this.isCredential(name)) delete headers[name];
    }
    // A bearer token where Basic is expected, and Basic credentials where a token is: the wrong form either way.
    if (request.auth === 'malformed')
      headers.Authorization = op.credentials.some((c) => c.scheme === 'basic') ? 'Bearer archway-verify' : 'Basic YXJjaHdheTp2ZXJpZnk=';
    return headers;
  }

  /** Ids from a list response feed its item operations. */
  private learnIds(exchange: Exchange): void {
    const op = exchange.op;
    if (!op || op.method !== 'get' || exchange.purpose !== 'valid' || exchange.status === null || exchange.status >= 300) return;
    const item = itemOperation(this.plan, op.path, 'get');
    if (!item) return;
    const parameter = lastParameter(item.path);
    const ids = (listItems(exchange.json) ?? []).flatMap((entry) => itemId(entry, parameter) ?? []);
    if (ids.length > 0) this.rememberIds(op.path, ids);
  }

  private async pace(): Promise<void> {
    if (!this.options.rps) return;
    const wait = this.lastStart + 1000 / this.options.rps - performance.now();
    if (wait > 0) await sleep(wait);
    this.lastStart = performance.now();
  }
}

/** The body as text, at most `max` bytes of it: a service that streams gigabytes costs verify a megabyte. */
async function readCapped(response: Response, max: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < max) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (size >= max) await reader.cancel();
  const bytes = new Uint8Array(Math.min(size, max));
  let at = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - at);
    bytes.set(part, at);
    at += part.length;
  }
  return new TextDecoder().decode(bytes);
}

export function lastParameter(path: string): string {
  return /\{([^}]+)\}$/.exec(path)?.[1] ?? '';
}

function errorCode(error: unknown): string {
  if ((error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError') return 'timeout';
  // undici wraps the socket's error in `cause`; happy eyeballs wraps several in an AggregateError.
  const cause = (error as { cause?: { code?: string; message?: string; errors?: Array<{ code?: string }> } })?.cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? 'connection failed';
}

function describe(code: string): string {
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'unknown host',
    EAI_AGAIN: 'host name lookup failed',
    ECONNRESET: 'connection reset',
    UND_ERR_SOCKET: 'connection closed',
    UND_ERR_CONNECT_TIMEOUT: 'connect timeout',
  };
  return words[code] ? `${words[code]} (${code})` : code;
}

import type { ContractDocument } from '../contracts/load.js';
import type { At, OperationInfo } from '../contracts/walk.js';
import type { Severity } from '../core/diagnostic.js';
import type { RuleMeta } from '../core/rule.js';

/** What a request was sent for: passive probes judge only `valid` ones as promises kept or broken. */
export type Purpose = 'valid' | 'no-auth' | 'bad-auth' | 'invalid-param' | 'unknown-id' | 'wrong-method' | 'wrong-media-type' | 'over-limit' | 'conflict';

/** A security scheme an operation requires, as verify needs it: where its credential travels. */
export interface Credential {
  type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** http schemes: bearer, basic… */
  scheme?: string;
  /** apiKey: the header, query or cookie name. */
  name?: string;
  in?: 'header' | 'query' | 'cookie';
}

/** One operation of the contract, with what the probes read from it. */
export interface PlannedOperation {
  /** "GET /tasks/{taskId}" */
  name: string;
  method: string;
  path: string;
  info: OperationInfo;
  /** The credentials one of its security requirements asks for; empty when anonymous access is allowed. */
  credentials: Credential[];
  deprecated: boolean;
}

export interface Plan {
  doc: ContractDocument;
  operations: PlannedOperation[];
  /** Every credential name the contract declares (header, query or cookie), for redaction. */
  secretNames: Set<string>;
}

/** One request and what came back; `status` null when nothing did. */
export interface Exchange {
  op?: PlannedOperation;
  purpose: Purpose;
  method: string;
  url: URL;
  /** "GET /tasks?limit=21", relative to the base URL's origin, credentials redacted. */
  requestLine: string;
  /** Lower-case names. */
  requestHeaders: Record<string, string>;
  status: number | null;
  /** Why nothing came back: "no answer within 5 s", "connection reset". */
  failure?: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  /** The body parsed, when it is JSON. */
  json?: unknown;
}

export interface ReportInput {
  op: PlannedOperation;
  /** Which of the probe's messages: part of the fingerprint, so the same broken promise is reported once. */
  messageId: string;
  message: string;
  exchange?: Exchange;
  /** The contract node the finding is about; the operation when absent. */
  at?: At;
  severity?: Severity;
  data?: Record<string, unknown>;
  /** Headers of the exchange that show the finding (besides content-type). */
  headers?: string[];
}

/** The services probes get: the plan, a budgeted HTTP client, the state ids flow through, and the report. */
export interface ProbeContext {
  plan: Plan;
  allowWrites: boolean;
  /** Sends a request for an operation; undefined when the budget is spent or the service is gone. */
  send(op: PlannedOperation, request: ProbeRequest): Promise<Exchange | undefined>;
  /** Requests left in the budget. */
  remaining(): number;
  report(probe: Probe, input: ReportInput): void;
  /** Every exchange so far, in order. */
  readonly exchanges: readonly Exchange[];
  /** A known id for an item operation's last path parameter, from a list or a create. */
  knownId(op: PlannedOperation): string | undefined;
  /** Remembers ids the service showed (lists) or made (creates) for a collection path. */
  rememberIds(collectionPath: string, ids: string[]): void;
  /** The last resource verify created in a collection, if any: the only kind a probe may try to break. */
  createdIn(collectionPath: string): string | undefined;
  /** Records a resource verify created, deleted again at the end when the contract offers a delete. */
  created(collectionPath: string, id: string): void;
  /** Validates a value against a schema of the contract: ajv's message, or undefined when valid. */
  validate(schema: { node: unknown; at: At }, value: unknown): { message: string; path: string } | undefined;
}

export interface ProbeRequest {
  purpose: Purpose;
  /** Overrides the operation's method (a 405 probe). */
  method?: string;
  /** A full URL or a path to follow (a `next` link, a Location). */
  url?: string;
  /** Path parameter values; missing ones come from known ids or the contract's examples. */
  pathValues?: Record<string, string>;
  /** Query values; the operation's required ones are filled in unless given. */
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** A JSON body (serialised) or a raw string with `contentType`. */
  body?: unknown;
  contentType?: string;
  /** `none` strips every credential, `malformed` sends one in the wrong form. */
  auth?: 'default' | 'none' | 'malformed';
}

/** A probe: documented like a rule, run against a live service. */
export interface Probe extends RuleMeta {
  /** An exchange that breaks the promise and one that keeps it, as `archway explain` shows them. */
  examples: { bad: string; good: string };
  /** Looks at each exchange as it comes back. */
  inspect?(exchange: Exchange, ctx: ProbeContext): void;
  /** Sends the probe's own requests. */
  run?(ctx: ProbeContext): Promise<void>;
}

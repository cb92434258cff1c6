import type { Design } from '../model/types.js';
import { isOfKind, SENSITIVE_KINDS } from './sensitive.js';

/** A request or response field that carries a credential, and the design input that says it exists. */
export interface CarriedCredential {
  field: string;
  /** Where the credential travels, so `headers.*` or `body.*` in the redaction list covers it. */
  carrier: 'header' | 'body';
  /** The design input it is derived from, as a message names it, and where that input is. */
  from: string;
  pointer: string;
  /** Whether a `telemetry.logs.redact` entry (normalised: last segment, lower case, no `-`/`_`) covers it. */
  redactedBy(name: string): boolean;
}

const NONE = /^(none|anonymous|public)\b/i;
const MUTUAL_TLS = /\b(mtls|mutual tls|client cert\w*)\b/i;
const HEADER_TOKEN = /\b(bearer|oauth\s*2?|jwts?|tokens?|basic|authorization|openid|oidc)\b/i;
const COOKIE = /\b(cookies?|sessions?)\b/i;
const API_KEY = /\bapi[ -_]?keys?\b/i;
const PASSWORD_KINDS = new Set(['login', 'sign-up', 'recovery']);
const TOKEN_KINDS = new Set(['token']);

/**
 * The credentials a design's traffic carries: headers named by `security.authentication`
 * (Authorization unless it names only mutual TLS, cookies or API keys), passwords in the bodies
 * of login, sign-up and recovery use cases, and tokens in the responses of token use cases.
 */
export function carriedCredentials(design: Design): CarriedCredential[] {
  const carried: CarriedCredential[] = [];
  const auth = design.security?.authentication?.trim();
  if (auth && !NONE.test(auth)) {
    const from = `security.authentication "${auth}"`;
    const pointer = '/security/authentication';
    const named = [COOKIE, API_KEY, MUTUAL_TLS].some((pattern) => pattern.test(auth));
    if (HEADER_TOKEN.test(auth) || !named) carried.push({ field: 'authorization', carrier: 'header', from, pointer, redactedBy: (n) => n === 'authorization' });
    if (COOKIE.test(auth)) carried.push({ field: 'cookie', carrier: 'header', from, pointer, redactedBy: (n) => n === 'cookie' || n === 'cookies' });
    if (API_KEY.test(auth))
      carried.push({ field: 'x-api-key', carrier: 'header', from, pointer, redactedBy: (n) => n === 'xapikey' || n === 'apikey' || n === 'authorization' });
  }
  const useCase = (ids: ReadonlySet<string>) => {
    const index = design.domain.useCases.findIndex((text) => SENSITIVE_KINDS.some((kind) => ids.has(kind.id) && isOfKind(text, kind)));
    return index < 0 ? undefined : { from: `use case "${design.domain.useCases[index]}"`, pointer: `/domain/useCases/${index}` };
  };
  const withPassword = useCase(PASSWORD_KINDS);
  if (withPassword) carried.push({ field: 'password', carrier: 'body', ...withPassword, redactedBy: (n) => n === 'password' });
  const withToken = useCase(TOKEN_KINDS);
  if (withToken) carried.push({ field: 'token', carrier: 'body', ...withToken, redactedBy: (n) => n.includes('token') });
  return carried;
}

/**
 * Whether a `telemetry.logs.redact` entry drops the credential: a bare `*` drops everything,
 * `headers.*` every header and `body.*` every body field; otherwise its last segment, in lower
 * case without separators, must name the field (`headers.Authorization`, `X-Api-Key`, `api_key`).
 */
export function redacts(entry: string, credential: CarriedCredential): boolean {
  const text = entry.trim().toLowerCase();
  if (text === '*') return true;
  if (text.endsWith('.*')) return (credential.carrier === 'header' ? /header/ : /body|payload/).test(text);
  const last =
    text
      .split(/[./[\]:]/)
      .filter(Boolean)
      .pop() ?? text;
  return credential.redactedBy(last.replace(/[-_\s]/g, ''));
}

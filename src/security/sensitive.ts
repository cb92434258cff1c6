/**
 * Use cases attackers automate, recognised from their wording. The same patterns classify a
 * `security.rateLimits` entry (with `-` and `_` read as spaces), so a limit named `sign-in`
 * covers the use case "log in to an account": limits match by kind, not by exact name.
 */
export interface SensitiveKind {
  id: 'login' | 'sign-up' | 'recovery' | 'token' | 'search';
  /** How a message names the kind. */
  label: string;
  pattern: RegExp;
}

export const SENSITIVE_KINDS: readonly SensitiveKind[] = [
  // Credential stuffing and brute force (ASVS V2.2.1).
  { id: 'login', label: 'login', pattern: /\b(log ?in|sign ?in|sign on|sso|authenticat\w*|one[- ]time (code|password)|otp|mfa|2fa)\b/i },
  // Fake accounts and account enumeration (API6, unrestricted access to sensitive business flows).
  { id: 'sign-up', label: 'sign-up', pattern: /\b(sign ?up|register( an?)? (account|user)|create an? (user )?account)\b/i },
  // Account takeover by guessing reset codes, or flooding a victim with reset messages (ASVS V2.5).
  { id: 'recovery', label: 'password-recovery', pattern: /\b(password|passcode|forgot\w*|recover\w*)\b/i },
  // Guessing and farming at the token endpoint (RFC 6749 §10.10).
  { id: 'token', label: 'token', pattern: /\b(tokens?|api ?keys?)\b/i },
  // Expensive queries used for scraping and denial of service (API4, ASVS V11.1.4).
  { id: 'search', label: 'expensive search or export', pattern: /\b(search\w*|export\w*|bulk|full[- ]text|generate (an? )?reports?)\b/i },
];

const asWords = (text: string): string => text.replace(/[-_]/g, ' ');

/** The first sensitive kind a use case or rate-limit name belongs to, if any. */
export function sensitiveKindOf(text: string): SensitiveKind | undefined {
  return SENSITIVE_KINDS.find((kind) => kind.pattern.test(asWords(text)));
}

/** Whether a text (a use case or a rate-limit name) is of the given kind. */
export function isOfKind(text: string, kind: SensitiveKind): boolean {
  return kind.pattern.test(asWords(text));
}

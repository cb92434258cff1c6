import { createHash } from 'node:crypto';

/** A short stable hash of the parts that identify a finding (never its line, which moves). */
export function fingerprint(...parts: Array<string | number | undefined>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(String(part ?? '')).update('\0');
  return hash.digest('hex').slice(0, 16);
}

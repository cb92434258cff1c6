import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ContractRef } from '../model/types.js';

/**
 * Parsed contract documents for design rules that look into them (does the API document the
 * correlation header?). Each file is read once per review; an unreadable one is `undefined`,
 * since `archway lint` is where a broken contract is reported.
 */
export class ContractReader {
  private readonly cache = new Map<string, unknown>();

  read(ref: ContractRef): unknown {
    if (!this.cache.has(ref.absolutePath)) this.cache.set(ref.absolutePath, parseContract(ref.absolutePath));
    return this.cache.get(ref.absolutePath);
  }
}

function parseContract(path: string): unknown {
  try {
    const text = readFileSync(path, 'utf8');
    return path.endsWith('.json') ? JSON.parse(text) : parse(text, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

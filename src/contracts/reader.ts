import { InputError } from '../core/input-error.js';
import { loadContract, type ContractDocument, type LoadOptions } from './load.js';
import type { ContractRef } from '../model/types.js';

/**
 * The contracts a review's designs name, each loaded once by the contract engine and shared by
 * the design rules that look into them and by the contracts stage that lints them.
 */
export class ContractReader {
  private readonly cache = new Map<string, ContractDocument | InputError>();

  constructor(private readonly options: LoadOptions = {}) {}

  /** The loaded contract, or the InputError that says why it cannot be read. */
  document(ref: ContractRef): ContractDocument | InputError {
    let entry = this.cache.get(ref.absolutePath);
    if (!entry) {
      try {
        entry = loadContract(ref.absolutePath, this.options);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        entry = error;
      }
      this.cache.set(ref.absolutePath, entry);
    }
    return entry;
  }

  /** The parsed root document; undefined when it cannot be read (the contracts stage reports why). */
  read(ref: ContractRef): unknown {
    const doc = this.document(ref);
    return doc instanceof InputError ? undefined : doc.root;
  }
}

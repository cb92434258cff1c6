import contractUnreadable from './contract-unreadable.js';
import type { ContractProblem } from './problem.js';
import refUnresolved from './ref-unresolved.js';

/** Findings about unreadable inputs, one file each (id = file name). */
export const CONTRACT_PROBLEMS: readonly ContractProblem[] = [contractUnreadable, refUnresolved];

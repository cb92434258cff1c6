import type { Location } from './diagnostic.js';

/** One reason an input cannot be used at all (exit code 2). */
export interface InputProblem {
  location: Location;
  message: string;
}

/** Thrown when input is unusable; the CLI prints each problem as `file:line:column: message`. */
export class InputError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
  }
}

export function formatProblem(problem: InputProblem): string {
  const { file, line, column } = problem.location;
  return `${file}:${line}:${column}: ${problem.message}`;
}

export function inputError(file: string, message: string, line = 1, column = 1, pointer = ''): InputError {
  return new InputError([{ location: { file, pointer, line, column }, message }]);
}

/** At most this many problems are printed; the rest are counted. */
export const MAX_PROBLEMS = 50;

/**
 * The first MAX_PROBLEMS problems, and one more line saying how many were left out; `toProblem`
 * runs only on those kept (locating a problem can cost a walk of the document).
 */
export function capProblems<T>(items: readonly T[], toProblem: (item: T) => InputProblem = (item) => item as InputProblem): InputProblem[] {
  const kept = items.slice(0, MAX_PROBLEMS).map(toProblem);
  if (items.length > MAX_PROBLEMS) kept.push({ location: kept[kept.length - 1].location, message: `and ${items.length - MAX_PROBLEMS} more problems` });
  return kept;
}

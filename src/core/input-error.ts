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

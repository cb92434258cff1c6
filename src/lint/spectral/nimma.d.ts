// nimma ships types for its main entry only; these are the parts of its subpaths archway uses.
declare module 'nimma/legacy' {
  export interface EmittedScope {
    readonly path: Array<string | number>;
    readonly value: unknown;
  }
  export default class Nimma {
    constructor(
      expressions: string[],
      options?: { customShorthands: Record<string, string> | null; fallback: unknown; unsafe: boolean; output: 'ES2018' | 'ES2021' | 'auto' },
    );
    /** The generated module's text. */
    readonly sourceCode: string;
    query(input: Record<string, unknown> | unknown[], callbacks: Record<string, (scope: EmittedScope) => void>): void;
  }
}
declare module 'nimma/fallbacks' {
  export const jsonPathPlus: unknown;
}

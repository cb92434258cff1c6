// nimma's types are not reachable through its package exports under NodeNext resolution; these
// are the parts of its entries archway uses.
declare module 'nimma' {
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
declare module 'nimma/parser' {
  export function parse(expression: string): unknown[];
}
declare module 'nimma/fallbacks' {
  export const jsonPathPlus: unknown;
}

import type { ContractProblem } from './problem.js';

/** The contract loader's finding for a `$ref` it cannot follow (src/contracts/load.ts). */
const refUnresolved: ContractProblem = {
  id: 'ref-unresolved',
  category: 'schema',
  severity: 'error',
  description: 'Every `$ref` resolves: to a node of this file, or of a local file inside the contract’s folder (remote only with --allow-remote-refs).',
  rationale:
    'A reference that leads nowhere leaves a hole in the contract: generators drop the type, validators accept anything, and no rule can judge what it cannot see.',
  fix: 'Point the $ref at an existing file and JSON pointer.',
  references: ['OpenAPI 3.1 §4.8.23 "Reference Object"', 'RFC 6901 "JavaScript Object Notation (JSON) Pointer"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Order: { $ref: "#/components/schemas/Missing" }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Order: { $ref: "#/components/schemas/Line" }\n    Line: { type: object }\n',
  },
};

export default refUnresolved;

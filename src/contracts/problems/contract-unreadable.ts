import type { ContractProblem } from './problem.js';

/** The review's finding for a contract its design names but that cannot be read (src/review/stages/contracts.ts). */
const contractUnreadable: ContractProblem = {
  id: 'contract-unreadable',
  category: 'contracts',
  severity: 'error',
  description: 'Every contract the design names can be read as an OpenAPI or AsyncAPI document.',
  rationale:
    'A review of a service whose contract cannot be parsed judges its API blind: no error shape, pagination or idempotency can be checked, and nothing warns that they were not.',
  fix: 'Fix the contract so it parses; `archway lint` shows the same problem.',
  references: ['OpenAPI 3.1 §4.3 "Format"', 'YAML 1.2.2'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: [unclosed\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\n',
  },
};

export default contractUnreadable;

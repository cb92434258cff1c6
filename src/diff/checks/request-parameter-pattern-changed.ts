import { defineCheck } from '../check.js';
import { where } from '../describe.js';

export default defineCheck({
  id: 'request-parameter-pattern-changed',
  event: 'PatternChanged',
  level: 'warn',
  description: 'A request parameter changed its pattern.',
  rationale: 'Whether the new pattern accepts every value the old one did cannot be decided in general; a narrower one rejects clients.',
  fix: 'Make sure the new pattern accepts every value the old one did.',
  applies: (e) => e.parameter !== undefined && e.from !== undefined && e.to !== undefined,
  message: (e) => `${where(e)} pattern changed from ${e.from} to ${e.to}`,
  examples: {
    bad: {
      name: 'changing a parameter pattern is a warning',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, pattern: "^[a-z]+$" } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, pattern: "^[a-z0-9]+$" } }]',
    },
    good: {
      name: 'adding a pattern is reported by its own check',
      base: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string } }]',
      revision: 'parameters: [{ name: kind, in: query, required: false, schema: { type: string, pattern: "^[a-z]+$" } }]',
    },
  },
});

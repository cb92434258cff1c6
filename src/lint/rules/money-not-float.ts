import { words } from '../events.js';
import { defineLintRule } from '../rule.js';

/** A last word that names an amount of money (`unitPrice`, `total_amount`, `late_fee`). */
const MONEY = new Set(['amount', 'price', 'cost', 'balance', 'fee', 'fees', 'subtotal', 'payout', 'refund', 'charge']);

export default defineLintRule({
  id: 'money-not-float',
  category: 'naming',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  description: 'Amounts of money are integers in minor units or decimal strings, not floating-point `number`s.',
  rationale:
    'A `number` is a binary float in every JSON parser: 0.1 + 0.2 is 0.30000000000000004, and 19.99 × 3 is not 59.97. Money in floats drifts by cents across a client, a service and a ledger, and reconciliation fails. Integer minor units (`amount: 1999` with a currency) or decimal strings (`"19.99"`) are exact.',
  fix: 'Type the amount as `integer` in minor units (with a `currency` beside it) or as a `string` with a decimal pattern.',
  references: [
    'ISO 4217 (minor units)',
    'Stripe API, "Amounts in the smallest currency unit"',
    'Martin Fowler, Patterns of Enterprise Application Architecture, "Money"',
  ],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Invoice: { type: object, properties: { amount: { type: number } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Invoice: { type: object, properties: { amount: { type: integer, description: In cents } } }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      if (!ctx.name || ctx.composed) return;
      const types = Array.isArray(node.type) ? node.type : [node.type];
      // format: decimal is how OpenAPI generators map a number to an exact decimal type.
      if (!types.includes('number') || node.format === 'decimal') return;
      const name = words(ctx.name);
      if (!MONEY.has(name.at(-1) ?? '')) return;
      report(ctx, { message: `money property "${ctx.name}" is a floating-point number`, data: { property: ctx.name } });
    },
  }),
});

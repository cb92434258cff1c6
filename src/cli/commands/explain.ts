import { didYouMean } from '../../model/suggest.js';
import { allRules, findRule } from '../../registry.js';
import { renderRuleDoc } from '../../report/rule-doc.js';
import { defineCommand, UsageError } from '../command.js';

export default defineCommand({
  meta: {
    name: 'explain',
    description: 'Print a rule’s rationale, a bad and a good example, the fix and references',
    usage: 'archway explain <rule-id> | --list',
  },
  options: { list: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    if (values.list) {
      for (const rule of allRules()) io.stdout(`${rule.id.padEnd(34)} ${rule.severity.padEnd(5)} ${rule.description}\n`);
      return 0;
    }
    const [id] = positionals;
    if (!id) throw new UsageError('name a rule id (or --list)');
    const rule = findRule(id);
    if (!rule) {
      const hint = didYouMean(
        id,
        allRules().map((r) => r.id),
      );
      io.stderr(`archway explain: no rule "${id}"${hint ? `; did you mean "${hint}"?` : ''} (\`archway explain --list\` lists them)\n`);
      return 2;
    }
    io.stdout(renderRuleDoc(rule));
    return 0;
  },
});

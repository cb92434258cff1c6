import { didYouMean } from '../../model/suggest.js';
import { allRules, findRule } from '../../registry.js';
import { renderRuleDoc } from '../../report/rule-doc.js';
import { defineCommand, UsageError } from '../command.js';
import { loadLintSetup } from '../../lint/setup.js';
import type { SpectralRuleset } from '../../lint/spectral/index.js';
import { displayPath } from '../../core/source.js';

function explainRulesetRule(ruleset: SpectralRuleset, id: string, cwd: string): string | undefined {
  const rule = ruleset.rules.get(id);
  const peer = ruleset.peers.get(id);
  if (rule) {
    const lines = [
      `# ${id}`,
      '',
      `Defined by the Spectral ruleset ${displayPath(rule.definedIn, cwd)}${rule.enabled ? '' : ' (off)'}; severity ${rule.severity}.`,
      ...(rule.description ? ['', rule.description] : []),
      '',
      `given: ${rule.given.join(', ')}`,
      `then: ${rule.then.map((t) => `${t.functionName}${t.field ? ` on ${t.field}` : ''}`).join(', ')}`,
      ...(rule.documentationUrl ? ['', `More: ${rule.documentationUrl}`] : []),
    ];
    return `${lines.join('\n')}\n`;
  }
  if (peer)
    return `# ${id}\n\nA rule of ${ruleset.file === 'spectral:oas' || ruleset.file === 'spectral:asyncapi' ? ruleset.file : 'a Spectral built-in ruleset'} that ${displayPath(ruleset.file, cwd)} extends; archway runs ${peer.archway.length > 0 ? peer.archway.join(', ') : 'no equivalent yet'} for it${peer.enabled ? '' : ' (off)'}.\n`;
  return undefined;
}

export default defineCommand({
  meta: {
    name: 'explain',
    description: 'Print a rule’s rationale, a bad and a good example, the fix and references',
    usage: 'archway explain <rule-id> [--ruleset .spectral.yaml] | --list',
  },
  options: { list: { type: 'boolean' }, ruleset: { type: 'string' } },
  async run({ positionals, values }, io) {
    if (values.list) {
      for (const rule of allRules()) io.stdout(`${rule.id.padEnd(34)} ${rule.severity.padEnd(5)} ${rule.description}\n`);
      return 0;
    }
    const [id] = positionals;
    if (!id) throw new UsageError('name a rule id (or --list)');
    const rule = findRule(id);
    // A rule of the config's (Spectral rulesets, plugins), found as lint and review find them.
    const setup = rule ? undefined : await loadLintSetup(io.cwd, { ruleset: values.ruleset as string | undefined });
    const fromRuleset = setup?.rulesets.map((r) => explainRulesetRule(r, id, io.cwd)).find((text) => text !== undefined);
    if (fromRuleset) {
      io.stdout(fromRuleset);
      return 0;
    }
    const plugin = setup?.config.extraRules?.find((r) => r.id === id);
    if (plugin && setup?.configPath) {
      io.stdout(renderRuleDoc({ ...plugin, engine: 'lint plugin', source: displayPath(setup.configPath, io.cwd) }));
      return 0;
    }
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

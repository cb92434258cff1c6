import { allRules } from '../src/registry.js';
import { archwaySchema } from '../src/model/schema.js';
import { renderRuleDoc } from '../src/report/rule-doc.js';

/** Every file generated from metadata: relative path → content. Tests fail when one is stale. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('schema/archway.schema.json', `${JSON.stringify(archwaySchema, null, 2)}\n`);
  const rules = allRules();
  const index = [
    '# Rules',
    '',
    'Generated from rule metadata by `npm run docs`; `archway explain <id>` prints the same text.',
    '',
    '| id | engine | category | severity | checks | source |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rules.map((r) => `| [${r.id}](${r.id}.md) | ${r.engine} | ${r.category} | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} | \`${r.source}\` |`),
    '',
  ];
  files.set('docs/rules/README.md', index.join('\n'));
  for (const rule of rules) files.set(`docs/rules/${rule.id}.md`, renderRuleDoc(rule));
  return files;
}

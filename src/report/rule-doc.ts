import type { RegisteredRule } from '../registry.js';

/** A rule's documentation page, the same text `archway explain` prints. */
export function renderRuleDoc(rule: RegisteredRule): string {
  const examples = (value: string | string[]) => (Array.isArray(value) ? value : [value]).map((text) => fence(text)).join('\n\n');
  return [
    `# ${rule.id}`,
    '',
    `${rule.description}`,
    '',
    `- Engine: ${rule.engine}; category: ${rule.category}; default severity: ${rule.severity}`,
    `- Source: \`${rule.source}\``,
    '',
    '## Why',
    '',
    rule.rationale,
    '',
    '## Fix',
    '',
    rule.fix,
    ...(rule.verify ? ['', '## Verify', '', rule.verify] : []),
    ...(rule.options
      ? [
          '',
          '## Options',
          '',
          'Set beside the severity in the config (`rules: { <id>: { severity: warn, <option>: … } }`, or the Redocly rule in redocly.yaml).',
          '',
          ...Object.entries(rule.options).map(
            ([name, o]) => `- \`${name}\` (${o.kind}${o.default === '' ? '' : `, default \`${JSON.stringify(o.default)}\``}): ${o.description}`,
          ),
        ]
      : []),
    '',
    '## Bad',
    '',
    ...(rule.examples.options ? [`With the options \`${JSON.stringify(rule.examples.options)}\`:`, ''] : []),
    examples(rule.examples.bad),
    '',
    '## Good',
    '',
    examples(rule.examples.good),
    ...Object.entries(rule.examples.files ?? {}).flatMap(([name, text]) => ['', `\`${name}\` (used by the examples):`, '', fence(text)]),
    ...(rule.references?.length ? ['', '## References', '', ...rule.references.map((r) => `- ${r}`)] : []),
    '',
  ].join('\n');
}

function fence(text: string): string {
  return `\`\`\`yaml\n${text.trimEnd()}\n\`\`\``;
}

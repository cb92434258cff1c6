import type { LintRule } from '../rule.js';
import type { PeerRuleset } from './types.js';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** A rule's presets as the tables show them. */
function presets(ids: readonly string[], rules: readonly LintRule[]): string {
  const found = ids.map((id) => rules.find((r) => r.id === id)).filter((r): r is LintRule => r !== undefined);
  if (found.length === 0) return '';
  const inPreset = (p: 'recommended' | 'strict') => found.some((r) => r.presets.includes(p));
  return inPreset('recommended') ? 'recommended' : inPreset('strict') ? 'strict' : 'peer only';
}

function table(ruleset: PeerRuleset, rules: readonly LintRule[], peerColumn: string): string[] {
  return [
    `| ${peerColumn} | on by default | severity | archway | archway preset | how archway differs |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...ruleset.rules.map(
      (r) =>
        `| \`${r.name}\` | ${r.recommended ? 'yes' : 'no'} | ${r.severity} | ${r.archway.length === 0 ? '—' : r.archway.map((id) => (rules.some((x) => x.id === id) ? `[${id}](rules/${id}.md)` : id)).join(', ')} | ${presets(r.archway, rules)} | ${cell(r.note ?? '')} |`,
    ),
  ];
}

/** docs/peers.md: the OpenAPI mapping tables, rendered from the peer rulesets (the AsyncAPI section is docs/peers-asyncapi.md). */
export function renderPeersDoc(spectral: PeerRuleset, redocly: PeerRuleset, rules: readonly LintRule[]): string {
  return [
    '# Peer rules: Spectral and Redocly in archway',
    '',
    'Rendered from `src/lint/peers/*.ts` (the test `test/lint/peers/oas-tables.test.ts` checks it; `UPDATE_GOLDEN=1` rewrites it).',
    '',
    'Every rule of Spectral’s `spectral:oas` and of Redocly’s OpenAPI rules has an archway rule that does the same job, run in',
    'archway’s single walk with located findings. `extends: spectral:oas` (or a Redocly config) selects them with the',
    'peer’s severities; on their own, each sits in a preset:',
    '',
    '- **recommended**: precise on the corpus and a real defect (an undeclared server variable, an undeclared OAuth scope…);',
    '- **strict**: worth fixing, noisier on real descriptions (`nullable` without `type`, unused components…);',
    '- **peer only**: a style choice some guides make (alphabetical tags, one tag per operation…): in no archway preset,',
    '  selected by a peer ruleset or by `rules: { <id>: warn }` in `archway.config.yaml`.',
    '',
    'Redocly’s rules with options (`request-mime-type`, `response-contains-header`, `path-segment-plural`…) take the same',
    'options: in `redocly.yaml` as Redocly reads them, or beside the severity in `archway.config.yaml`',
    '(`rules: { request-mime-type: { severity: warn, allowedValues: [application/json] } }`); each rule’s page lists them.',
    '',
    'archway loads OpenAPI 2.0, 3.0 and 3.1; rules about OpenAPI 3.2 are n/a. AsyncAPI rules: [peers-asyncapi.md](peers-asyncapi.md).',
    '',
    '## Spectral `spectral:oas`',
    '',
    ...table(spectral, rules, 'Spectral rule'),
    '',
    '## Redocly (OpenAPI and AsyncAPI rules, `recommended` config)',
    '',
    '“on by default”: on in Redocly’s `recommended` config; the severity is the one it gives there (else the one of `all`).',
    '',
    ...table(redocly, rules, 'Redocly rule'),
    '',
    '## Measured agreement',
    '',
    '`test/lint/peers/oas-agreement.test.ts` runs archway’s rules on Asana, Discord and Twilio from the corpus and compares the',
    'places they report with Spectral’s and Redocly’s own output (precomputed in `test/lint/peers/fixtures/oas-agreement.json`):',
    '16 rule pairs, 1,022 places, all identical. Differences seen on the way, by design:',
    '',
    '- Redocly `no-illogical-composition-keywords` on Discord: 536 “oneOf schemas overlap” findings and 6 one-member `oneOf`s',
    '  beside `type` (an enum of one named constant); archway does neither (see the table).',
    '- Redocly `no-unused-components` on Asana reports 10 schemas, Spectral and archway 13.',
    '- Where a finding sits: Spectral’s `openapi-tags-alphabetical` points at `tags`, archway at the first tag out of order;',
    '  Redocly’s `tag-description` at the tag’s (missing) description, archway at the tag.',
    '',
    '`test/lint/peers/redocly-options.test.ts` runs every case of Redocly’s option rules and of its AsyncAPI schema rules',
    '(42 small documents, `test/lint/peers/redocly-*-cases.ts`) through Redocly itself (precomputed by',
    '`scripts/redocly-cases-expected.mjs`) and archway: 39 cases identical, 35 of Redocly’s 39 places. The other 4, by design:',
    'an Avro payload archway does not read as JSON Schema, and Swagger 2.0 `consumes`/`produces` findings, which Redocly',
    'places at `/1` or `<operation>/0` and archway at the list entry.',
    '',
    'On the corpus, `scripts/compare-redocly-options.mjs` runs the seven option rules through both (Asana, Twilio messaging,',
    'Discord, Box, DigitalOcean, GitHub, Stripe; `response-contains-*` asked for `X-Request-Id` and `id` on 2XX): archway',
    'reports 7,870 of Redocly’s 7,871 places and 4 more. The one missing is GitHub’s root path `/`, whose empty segment Redocly',
    'calls singular; the 4 more are DigitalOcean `$ref`s in place of a properties map that Redocly reports only the first time',
    'it reaches their target.',
    '',
  ].join('\n');
}

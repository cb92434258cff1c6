import { isObject } from '../helpers.js';
import { sameJson } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'no-illogical-composition-keywords',
  category: 'schema',
  severity: 'warn',
  presets: ['strict'],
  description:
    '`allOf`, `anyOf` and `oneOf` compose something: no empty or one-member lists, no empty or repeated members, no inline members under a discriminator.',
  rationale:
    'A one-member `oneOf` or a repeated member is a leftover that generators turn into needless wrapper types; an empty member matches anything (a `oneOf` with one can never pass); a discriminator cannot name an inline member.',
  fix: 'Use the schema directly instead of a one-member list; remove empty and duplicate members; give discriminated members a `$ref`.',
  references: ['JSON Schema Core 2020-12 §10.2.1 "Keywords for Applying Subschemas With Logic"', 'Redocly no-illogical-composition-keywords'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Id: { oneOf: [{ type: string }] }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Id: { oneOf: [{ type: string }, { type: integer }] }\n',
  },
  create: ({ report }) => ({
    Schema(node, ctx) {
      for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
        const members: unknown = node[keyword];
        if (!Array.isArray(members)) continue;
        const at = { file: ctx.at.file, pointer: `${ctx.at.pointer}/${keyword}` };
        const discriminated = isObject(node.discriminator);
        // A lone member beside other keywords is how OpenAPI 3.0 adds siblings (description, nullable) to a $ref:
        // only a list alone in its schema (a plain alias) is flagged. Redocly flags any lone anyOf/oneOf member.
        const lone = Object.keys(node).length === 1 && !discriminated;
        if (members.length === 0 || (members.length === 1 && lone))
          report(ctx, {
            at,
            target: 'key',
            message: `${keyword} has ${members.length === 0 ? 'no schemas' : 'one schema: use it directly'}`,
            messageId: 'count',
            data: { keyword },
          });
        members.forEach((member, i) => {
          const memberAt = { file: at.file, pointer: `${at.pointer}/${i}` };
          if (isObject(member) && Object.keys(member).length === 0)
            report(ctx, { at: memberAt, message: `${keyword}[${i}] is an empty schema: it matches any value`, messageId: 'empty', data: { keyword } });
          const first = members.findIndex((m, j) => j < i && sameJson(m, member));
          if (first !== -1)
            report(ctx, { at: memberAt, message: `${keyword}[${i}] repeats ${keyword}[${first}]`, messageId: 'duplicate', data: { keyword, first } });
          if (discriminated && keyword !== 'allOf' && isObject(member) && typeof member.$ref !== 'string')
            report(ctx, { at: memberAt, message: `${keyword}[${i}] is inline: the discriminator cannot name it`, messageId: 'inline', data: { keyword } });
        });
      }
    },
  }),
});

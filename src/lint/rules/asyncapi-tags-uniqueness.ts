import type { At } from '../../contracts/walk.js';
import { isObject } from '../helpers.js';
import { documentTagsAt, rootMap, written } from '../async-peers.js';
import { child, follow, placeKey } from '../events.js';
import { defineLintRule, type LintRuleContext } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-tags-uniqueness',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  formats: ['async'],
  description: 'No tag list names a tag twice: the document’s, each server’s, operation’s, message’s and trait’s.',
  rationale: 'A tag listed twice is a copy-paste slip: generated docs show the group twice, or merge two tags whose descriptions disagree.',
  fix: 'Remove the duplicate tag, or merge the two entries.',
  references: [
    'AsyncAPI 3.0.0 "Tags Object": "Each tag name in the list MUST be unique" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#tagsObject)',
    'Spectral asyncapi-tags-uniqueness, asyncapi-3-tags-uniqueness; Redocly no-duplicated-tag-names',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, tags: [{ name: orders }, { name: orders }] }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0, tags: [{ name: orders }, { name: payments }] }\n',
  },
  create: ({ report }: LintRuleContext) => {
    const seen = new Set<string>();
    /** Reports each repeated name of the tag list on the node written at `owner`. */
    const check = (ctx: { at: At }, owner: At) => {
      const at = child(owner, 'tags');
      if (seen.has(placeKey(at))) return;
      seen.add(placeKey(at));
      const tags = written(at);
      if (!Array.isArray(tags)) return;
      const names = new Set<string>();
      tags.forEach((tag, i) => {
        if (!isObject(tag) || typeof tag.name !== 'string') return;
        if (names.has(tag.name)) report(ctx, { at: child(at, i, 'name'), message: `tag ${tag.name} is listed twice`, data: { tag: tag.name } });
        names.add(tag.name);
      });
    };
    return {
      Document(_node, ctx) {
        const tagsAt = documentTagsAt(ctx.doc);
        check(ctx, { file: tagsAt.file, pointer: tagsAt.pointer.replace(/\/tags$/, '') });
        for (const map of [
          ['components', 'servers'],
          ['components', 'operationTraits'],
          ['components', 'messageTraits'],
        ])
          for (const entry of rootMap(ctx.doc, ...map)) check(ctx, entry.at);
      },
      Server(_node, ctx) {
        check(ctx, ctx.at);
      },
      Operation(_node, ctx) {
        const op = ctx.event!.operation!;
        check(ctx, op.at);
        const traits = written(child(op.at, 'traits'));
        (Array.isArray(traits) ? traits : []).forEach((trait: unknown, i: number) => {
          const found = follow(ctx.doc, trait, child(op.at, 'traits', i));
          if (found) check(ctx, found.at);
        });
      },
      Message(_node, ctx) {
        const message = ctx.event!.message!;
        check(ctx, message.at);
        for (const trait of message.traits) check(ctx, trait.at);
      },
    };
  },
});

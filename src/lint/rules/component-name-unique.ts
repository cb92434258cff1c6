import { basename, dirname, relative, sep } from 'node:path';
import type { At } from '../../contracts/walk.js';
import type { Severity } from '../../core/diagnostic.js';
import { parsePointer } from '../../core/pointer.js';
import { eachSlot, type SlotKind } from '../oas-slots.js';
import { defineLintRule } from '../rule.js';

const KINDS: Partial<Record<SlotKind, string>> = { Schema: 'schemas', Parameter: 'parameters', Response: 'responses', RequestBody: 'requestBodies' };
const severityOption = (what: string) => ({
  kind: 'severity' as const,
  description: `The severity for ${what} (error, warn, or off to leave them alone); the rule’s own when unset.`,
  default: '',
});

/** A component's name: the last segment of where it is, or its file's name when it is a whole file. */
function nameOf(at: At): string {
  const segments = parsePointer(at.pointer);
  return segments.length > 0 ? segments[segments.length - 1] : basename(at.file.path).replace(/\.(ya?ml|json)$/i, '');
}

export default defineLintRule({
  id: 'component-name-unique',
  category: 'naming',
  severity: 'error',
  presets: [],
  description:
    'No two different schemas, parameters, responses or request bodies share a name, across the files of a description (`components` entries and every `$ref` target).',
  rationale:
    'Bundling a split description into one file puts every referenced component under `components` by its name: two different `Pet`s become `Pet` and `Pet-2`, and generated SDKs get a type whose name says nothing.',
  fix: 'Rename one of the two, or make both places refer to one definition.',
  references: ['Redocly component-name-unique'],
  options: {
    schemas: severityOption('schemas'),
    parameters: severityOption('parameters'),
    responses: severityOption('responses'),
    requestBodies: severityOption('request bodies'),
  },
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Pet: { type: object }\n    Shop: { type: object, properties: { pet: { $ref: "#/components/schemas/Shop/$defs/Pet" } }, $defs: { Pet: { type: string } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Pet: { type: object }\n    Shop: { type: object, properties: { pet: { $ref: "#/components/schemas/Pet" } } }\n',
  },
  create: ({ report, options }) => ({
    Document(_node, ctx) {
      if (ctx.doc.kind === 'asyncapi') return;
      const root = ctx.doc.rootFile;
      // Other places named from the root file's folder, the same on every machine.
      const where = (at: At) =>
        `${at.file === root ? '' : relative(dirname(root.path), at.file.path).split(sep).join('/')}${at.pointer === '' ? '' : `#${at.pointer}`}`;
      // By kind and name: every distinct place a component of that name is written.
      const places = new Map<string, Map<string, At>>();
      const add = (kind: string, at: At) => {
        const key = `${kind}/${nameOf(at)}`;
        const seen = places.get(key) ?? new Map<string, At>();
        seen.set(`${at.file.path}#${at.pointer}`, at);
        places.set(key, seen);
      };
      eachSlot(ctx.doc, (slot) => {
        const kind = KINDS[slot.kind];
        if (kind === undefined || options[kind] === 'off') return;
        if (slot.target) add(kind, slot.target);
        else if (slot.at.file === root && new RegExp(`^/(components/${kind}|${kind === 'schemas' ? 'definitions' : kind})/[^/]+$`).test(slot.at.pointer))
          add(kind, slot.at);
      });
      for (const [key, seen] of places) {
        if (seen.size < 2) continue;
        const kind = key.slice(0, key.indexOf('/'));
        const forced = options[kind];
        for (const [id, at] of seen)
          report(ctx, {
            at,
            target: 'key',
            message: `component ${key} is also defined at ${[...seen]
              .filter(([other]) => other !== id)
              .map(([, other]) => where(other))
              .join(', ')}`,
            data: { component: key },
            ...(forced === 'error' || forced === 'warn' ? { severity: forced as Severity } : {}),
          });
      }
    },
  }),
});

import { dirname, resolve } from 'node:path';
import { fragmentToPointer, parsePointer } from '../../core/pointer.js';
import { isObject } from '../helpers.js';
import { below, filesOf, writtenRefs } from '../oas-nodes.js';
import { defineLintRule } from '../rule.js';

/** The reusable objects Spectral checks (security schemes are used by name, not by $ref). */
const TYPES = ['schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'links', 'callbacks'];

export default defineLintRule({
  id: 'no-unused-components',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  description: 'Every reusable component (OpenAPI 2.0: definition) is referenced somewhere.',
  rationale: 'An unreferenced component is dead weight: generators still emit a type for it, and readers take it for part of the API.',
  fix: 'Remove the component, or reference it where it was meant to be used.',
  references: ['spectral:oas oas3-unused-component, oas2-unused-definition', 'Redocly no-unused-components'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Orphan: { type: object }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /a: { get: { responses: { "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/Used" } } } } } } }\ncomponents:\n  schemas:\n    Used: { type: object }\n',
  },
  create: ({ report }) => ({
    // At the document's exit: the walk has read every file a ref reaches by then, and a file may
    // refer back into the root file's components.
    DocumentExit(node, ctx) {
      const root = ctx.doc.rootFile;
      const v2 = ctx.doc.version === '2.0';
      // `/components/schemas/Order` (or `/definitions/Order`) of every reference into the root file, and discriminator mappings.
      const used = new Set<string>();
      const use = (pointer: string) => {
        const segments = parsePointer(pointer);
        if (segments.length >= (v2 ? 2 : 3)) used.add(segments.slice(0, v2 ? 2 : 3).join('\0'));
      };
      for (const file of filesOf(ctx.doc)) {
        const { refs, mappings } = writtenRefs(file);
        for (const ref of [...refs, ...mappings.flatMap((mapping) => Object.values(mapping))]) {
          if (typeof ref !== 'string') continue;
          const hash = ref.indexOf('#');
          if (hash === -1) {
            // A discriminator mapping may name a schema by its bare name.
            if (!ref.includes('/')) used.add(['components', 'schemas', ref].join('\0'));
            continue;
          }
          const target = ref.slice(0, hash);
          if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
          if (target === '' ? file === root : resolve(dirname(file.path), target) === root.path) {
            try {
              use(fragmentToPointer(ref.slice(hash + 1)));
            } catch {
              // Not a JSON pointer (a plain-name fragment): it references nothing here.
            }
          }
        }
      }
      const sections: Array<[string[], unknown]> = v2 ? [[['definitions'], node.definitions]] : TYPES.map((t) => [['components', t], node.components?.[t]]);
      for (const [path, map] of sections) {
        if (!isObject(map)) continue;
        for (const name of Object.keys(map))
          if (!used.has([...path, name].join('\0')))
            report(ctx, {
              at: below(ctx.at, ...path, name),
              target: 'key',
              message: `${path.at(-1)} ${name} is never referenced`,
              data: { type: path.at(-1), name },
            });
      }
    },
  }),
});

import { addTo } from '../../core/collections.js';
import type { At } from '../../contracts/walk.js';
import { isObject } from '../helpers.js';
import { defineLintRule } from '../rule.js';
import { casingOf } from './path-casing-consistent.js';
import { joinPointer } from '../../core/pointer.js';

export default defineLintRule({
  id: 'property-casing-consistent',
  category: 'naming',
  severity: 'info',
  presets: ['recommended', 'strict'],
  description: 'Schema property names follow the API’s dominant casing.',
  rationale: 'Mixed `createdAt` and `updated_at` in one API force every client to map names by hand and make generated models inconsistent.',
  fix: 'Rename outlying properties to the dominant convention (through a deprecation for existing fields).',
  references: ['Google JSON Style Guide, "Property Name Format"'],
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    A: { type: object, properties: { createdAt: { type: string }, updatedAt: { type: string }, deleted_at: { type: string } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    A: { type: object, properties: { createdAt: { type: string }, updatedAt: { type: string }, deletedAt: { type: string } } }\n',
  },
  create: ({ report }) => {
    const byCasing = new Map<string, Array<{ name: string; at: At }>>();
    return {
      Schema(node, ctx) {
        if (!isObject(node.properties)) return;
        for (const name of Object.keys(node.properties)) {
          const casing = casingOf(name);
          if (casing === 'lower' || casing === 'other') continue;
          addTo(byCasing, casing, { name, at: { file: ctx.at.file, pointer: joinPointer(ctx.at.pointer, 'properties', name) } });
        }
      },
      DocumentExit(_node, ctx) {
        const [dominant] = [...byCasing.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
        for (const [casing, list] of byCasing) {
          if (casing === dominant[0]) continue;
          for (const { name, at } of list)
            report(ctx, { at, target: 'key', message: `property "${name}" is ${casing} case where ${dominant[1].length} properties are ${dominant[0]} case` });
        }
      },
    };
  },
});

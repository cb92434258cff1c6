/** Which components of an AsyncAPI document no `$ref` reaches (Spectral's `unreferencedReusableObject`). */
import { dirname, resolve } from 'node:path';
import type { ContractDocument } from '../contracts/load.js';
import type { At } from '../contracts/walk.js';
import { fragmentToPointer } from '../core/pointer.js';
import { child } from './events.js';
import { isObject } from './helpers.js';
import { rootAt, written } from './async-peers.js';

/** Every pointer into the root file that some `$ref` of a loaded file names (a ref into a component's inside counts for it). */
function referencedPointers(doc: ContractDocument): string[] {
  const pointers: string[] = [];
  for (const [path, file] of doc.files) {
    if (!file) continue;
    const stack: unknown[] = [file.root];
    while (stack.length > 0) {
      const value = stack.pop();
      if (Array.isArray(value)) stack.push(...value);
      else if (isObject(value)) {
        if (typeof value.$ref === 'string') {
          const [target, fragment = ''] = value.$ref.split('#');
          // Resolved by path, not followed: following a remote ref would report it as unresolved here.
          const samePlace =
            target === '' ? path === doc.rootFile.path : !/^[a-z][a-z0-9+.-]*:/i.test(target) && resolve(dirname(path), target) === doc.rootFile.path;
          if (samePlace) pointers.push(fragmentToPointer(fragment));
        }
        for (const key of Object.keys(value)) stack.push(value[key]);
      }
    }
  }
  return pointers;
}

/** The components of a kind (`schemas`, `servers`) no `$ref` names, each where it is written. */
export function unusedComponents(doc: ContractDocument, kind: string): Array<{ name: string; at: At }> {
  const at = child(rootAt(doc), 'components', kind);
  const map = written(at);
  if (!isObject(map)) return [];
  const referenced = referencedPointers(doc);
  return Object.keys(map)
    .map((name) => ({ name, at: child(at, name) }))
    .filter(({ at: place }) => !referenced.some((p) => p === place.pointer || p.startsWith(`${place.pointer}/`)));
}

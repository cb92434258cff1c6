import { coreFunction, isObject, optionsShape } from './options.js';

/**
 * A component no `$ref` of the document names (Spectral reads its dependency graph: a ref to a
 * node inside the component does not count, only one to the component itself).
 */
export const unreferencedReusableObject = coreFunction(
  'unreferencedReusableObject',
  isObject,
  optionsShape('unreferencedReusableObject', {
    required: ['reusableObjectsLocation'],
    keys: { reusableObjectsLocation: (v) => typeof v === 'string' && /^#\/?/.test(v) },
    example: '{ "reusableObjectsLocation": "#/components/schemas" }',
  }),
  (input, { reusableObjectsLocation }: { reusableObjectsLocation: string }, { document, documentInventory }) => {
    const location = reusableObjectsLocation.replace(/^#/, '');
    const segments = location
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    return Object.keys(input as object)
      .filter((name) => !documentInventory.referencedTargets.has(`${document.source}#${location}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`))
      .map((name) => ({ message: 'Potential orphaned reusable object has been detected', path: [...segments, name] }));
  },
);

import { loadDesignText } from '../../src/model/load.js';
import type { Design } from '../../src/model/types.js';

/** A design named `name` owned by `owner`; `body` is the rest of its archway.yaml. */
export const design = (body: string, name = 'svc', owner = 'team-a'): Design =>
  loadDesignText(`archway: 1\nservice: { name: ${name}, owner: ${owner} }\n${body}`, `/tmp/decide/${name}/archway.yaml`);

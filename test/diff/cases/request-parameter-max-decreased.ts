import { mirror, type CheckCases } from './case.js';
import { inQuery } from '../fixtures/build.js';

const triggers = {
  name: 'lowering the maximum page size rejects what clients send',
  base: inQuery('{ type: integer, maximum: 100 }'),
  revision: inQuery('{ type: integer, maximum: 50 }'),
};

export default {
  triggers,
  passes: mirror(triggers, 'raising the maximum accepts everything it did'),
  more: [
    {
      name: 'boundary: the same maximum made exclusive (3.0) rejects the maximum itself',
      base: inQuery('{ type: integer, maximum: 100 }'),
      revision: inQuery('{ type: integer, maximum: 100, exclusiveMaximum: true }'),
    },
    {
      name: 'boundary: the same maximum, written again, is no change',
      base: inQuery('{ type: integer, maximum: 100 }'),
      revision: inQuery('{ maximum: 100, type: integer }'),
    },
    {
      name: 'boundary: lowering it by one is narrowing',
      base: inQuery('{ type: integer, maximum: 100 }'),
      revision: inQuery('{ type: integer, maximum: 99 }'),
    },
  ],
} satisfies CheckCases;

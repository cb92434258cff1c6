import type { CheckCases } from './case.js';
import { operationBindings } from '../fixtures/build.js';

const triggers = {
  name: 'calling the operation with another HTTP method breaks clients',
  base: operationBindings('{ http: { method: POST } }'),
  revision: operationBindings('{ http: { method: PUT } }'),
};

export default {
  triggers,
  passes: {
    name: 'an optional query parameter beside the same method is information',
    base: operationBindings('{ http: { method: POST } }'),
    revision: operationBindings('{ http: { method: POST, query: { type: object, properties: { dryRun: { type: boolean } } } } }'),
  },
} satisfies CheckCases;

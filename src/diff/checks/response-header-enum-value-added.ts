import { defineCheck } from '../check.js';
import { show, where } from '../describe.js';

export default defineCheck({
  id: 'response-header-enum-value-added',
  event: 'EnumValueAdded',
  level: 'warn',
  description: 'A response header may carry a new enum value.',
  rationale:
    'Clients that branch on the header value meet a value they do not know; without `x-extensible-enum: false` the enum is taken as open to additions, so this is a warning (response-closed-enum-value-added when closed).',
  fix: 'Ship clients that tolerate unknown values first.',
  applies: (e) => e.area === 'response-header' && !e.closed,
  message: (e) => `${where(e)} may now return ${show(e.value)}`,
  examples: {
    bad: {
      name: 'a new value in a response header enum breaks clients that branch on it',
      base: "responses: { '200': { description: ok, headers: { X-Rate-Limit: { required: true, schema: { type: string, enum: [hit, miss] } } } } }",
      revision: "responses: { '200': { description: ok, headers: { X-Rate-Limit: { required: true, schema: { type: string, enum: [hit, miss, stale] } } } } }",
    },
    good: {
      name: 'removing a header enum value narrows what clients see',
      base: "responses: { '200': { description: ok, headers: { X-Rate-Limit: { required: true, schema: { type: string, enum: [hit, miss] } } } } }",
      revision: "responses: { '200': { description: ok, headers: { X-Rate-Limit: { required: true, schema: { type: string, enum: [hit] } } } } }",
    },
  },
});

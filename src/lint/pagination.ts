import type { OperationInfo } from '../contracts/walk.js';

/** Names of page-size and position parameters across common API styles. */
export const PAGE_SIZE = new Set([
  'limit',
  'page_size',
  'pagesize',
  'per_page',
  'perpage',
  'size',
  'max_results',
  'maxresults',
  'top',
  '$top',
  'count',
  'first',
  'pagesize',
]);
export const CURSOR = new Set([
  'cursor',
  'after',
  'before',
  'starting_after',
  'ending_before',
  'page_token',
  'pagetoken',
  'next',
  'continuation',
  'continuationtoken',
  'marker',
  'since',
]);
export const OFFSET = new Set(['offset', 'page', 'skip', '$skip', 'start', 'page_number', 'pagenumber']);

export function pagingParameters(op: OperationInfo) {
  const query = op.parameters.filter((p) => p.node.in === 'query');
  const named = (set: Set<string>) => query.filter((p) => set.has(String(p.node.name).toLowerCase()));
  return { size: named(PAGE_SIZE), cursor: named(CURSOR), offset: named(OFFSET) };
}

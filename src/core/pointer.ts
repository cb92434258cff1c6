/**
 * RFC 6901 JSON pointers, the one place they are escaped and parsed. Percent-decoding belongs to
 * URI fragments only (a `$ref`'s `#/…`, RFC 6901 §6): a plain pointer keeps `%` as written.
 */
export function escapeSegment(segment: string | number): string {
  const s = String(segment);
  // Most keys need nothing: skip the two replace passes then (the walk escapes every key).
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

export function unescapeSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

export function joinPointer(base: string, ...segments: Array<string | number>): string {
  let pointer = base;
  for (const segment of segments) pointer += '/' + escapeSegment(segment);
  return pointer;
}

/** The unescaped segments of a pointer (`#` before it is tolerated, nothing is percent-decoded). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (!body.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return body.slice(1).split('/').map(unescapeSegment);
}

/**
 * The pointer a URI fragment (the part of a `$ref` after `#`) stands for: percent-decoded as a
 * whole, as RFC 6901 §6 says, so `/paths/~1users~1%7Bid%7D` and `/paths/~1users~1{id}` name one node.
 */
export function fragmentToPointer(fragment: string): string {
  if (!fragment.includes('%')) return fragment;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A pointer as a URI fragment (without the `#`): each segment percent-encoded. */
export function pointerToFragment(pointer: string): string {
  return pointer.split('/').map(encodeURIComponent).join('/');
}

/** Reads the value at a pointer, or undefined when any step is missing. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

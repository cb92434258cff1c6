/**
 * Which of a few names occur as keys in an object or anywhere below it, one bit per name,
 * computed once per object of a (shared, acyclic) document. A `..name` search then skips every
 * subtree that has no `name`: most of a resolved description holds no `parameters` or `get`.
 * Keys are compared as text, and an array has `length` and its indices as own keys, as
 * jsonpath-plus's `Object.hasOwn` and nimma's text comparison of integer-like names see them.
 */
export class KeyIndex {
  private readonly bits = new Map<string, number>();
  private readonly masks = new Map<object, number>();
  /** Whether some name reads as an array index (else indices need no look-up). */
  private readonly indices: boolean;

  constructor(names: Iterable<string>) {
    for (const name of names) if (this.bits.size < 31 && !this.bits.has(name)) this.bits.set(name, 1 << this.bits.size);
    this.indices = [...this.bits.keys()].some((name) => /^\d+$/.test(name));
  }

  /** The bit of a name, or 0 when it has none (then nothing may be skipped for it). */
  bit(name: string): number {
    return this.bits.get(name) ?? 0;
  }

  mask(node: object): number {
    let mask = this.masks.get(node);
    if (mask !== undefined) return mask;
    // Set once, when known: the documents are acyclic (a YAML alias inside its own node is refused
    // when read; the resolved view leaves a cycle as its `$ref`).
    mask = 0;
    let inner = false;
    if (Array.isArray(node)) {
      mask |= this.bits.get('length') ?? 0;
      for (let i = 0; i < node.length; i++) {
        if (this.indices) mask |= this.bits.get(String(i)) ?? 0;
        const child: unknown = node[i];
        if (child !== null && typeof child === 'object') {
          inner = true;
          mask |= this.mask(child);
        }
      }
    } else
      for (const key in node) {
        mask |= this.bits.get(key) ?? 0;
        const child = (node as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') {
          inner = true;
          mask |= this.mask(child);
        }
      }
    // A node of scalars only is read again faster than remembered: half of a description's objects are such leaves.
    if (inner) this.masks.set(node, mask);
    return mask;
  }
}

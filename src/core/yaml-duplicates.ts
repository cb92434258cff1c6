import { isMap, isScalar, isSeq, type Node } from 'yaml';

/**
 * Keys written twice in one mapping, in one pass with a set per mapping (the `yaml` package's
 * uniqueKeys compares pairs, which took minutes on a design with 100k keys).
 */
export function duplicateKeys(root: Node | null): Array<{ offset: number; message: string }> {
  const found: Array<{ offset: number; message: string }> = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const name = isScalar(key) ? `${typeof key.value}:${String(key.value)}` : `node:${String(key)}`;
        if (seen.has(name)) found.push({ offset: key?.range?.[0] ?? 0, message: 'YAML syntax error: Map keys must be unique' });
        seen.add(name);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

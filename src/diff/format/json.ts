import type { DiffResult } from '../index.js';

/** The `archway diff --format json` document; keys in a fixed order so the bytes are stable. */
export function formatDiffJson(result: DiffResult): string {
  const changes = result.changes.map((c) => ({
    id: c.id,
    level: c.level,
    operation: c.operation,
    message: c.message,
    location: c.location,
    base: c.base,
    data: c.data,
  }));
  return `${JSON.stringify({ changes, summary: result.summary }, null, 2)}\n`;
}

import { isSynchronous } from '../model/queries.js';
import type { Design } from '../model/types.js';

/** Mermaid ids must be plain identifiers; names may hold dashes or dots. */
export function mermaidId(prefix: string, name: string): string {
  return `${prefix}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;')}"`;
}

/**
 * The context diagram: actors on the left, the service, its dependencies with solid edges for
 * synchronous calls and dotted edges for asynchronous ones.
 */
export function contextDiagram(design: Design): string {
  const service = mermaidId('svc', design.service.name);
  const lines = ['flowchart LR'];
  lines.push(`  ${service}[[${label(`${design.service.name}${design.service.owner ? `<br/>(${design.service.owner})` : ''}`)}]]`);
  for (const actor of design.domain.actors) {
    const id = mermaidId('actor', actor.name);
    lines.push(actor.kind === 'human' ? `  ${id}((${label(actor.name)}))` : `  ${id}[${label(actor.name)}]`);
    lines.push(`  ${id} -->|uses| ${service}`);
  }
  for (const dependency of design.dependencies) {
    const id = mermaidId('dep', dependency.name);
    const kind = dependency.kind ?? 'kind open';
    const shape = dependency.kind === 'database' || dependency.kind === 'cache' ? `[(${label(`${dependency.name}<br/>${kind}`)})]` : `[${label(`${dependency.name}<br/>${kind}`)}]`;
    lines.push(`  ${id}${shape}`);
    const sync = dependency.mode === undefined && dependency.kind === undefined ? undefined : isSynchronous(dependency);
    const edge = sync === undefined ? '-. "mode open" .->' : sync ? `-->|${dependency.critical ? 'sync, critical' : 'sync'}|` : '-. async .->';
    lines.push(dependency.direction === 'inbound' ? `  ${id} ${edge} ${service}` : `  ${service} ${edge} ${id}`);
  }
  return ['```mermaid', ...lines, '```'].join('\n');
}

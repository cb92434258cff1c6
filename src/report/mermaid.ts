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
    const shape =
      dependency.kind === 'database' || dependency.kind === 'cache'
        ? `[(${label(`${dependency.name}<br/>${kind}`)})]`
        : `[${label(`${dependency.name}<br/>${kind}`)}]`;
    lines.push(`  ${id}${shape}`);
    const sync = dependency.mode === undefined && dependency.kind === undefined ? undefined : isSynchronous(dependency);
    const edge = sync === undefined ? '-. "mode open" .->' : sync ? `-->|${dependency.critical ? 'sync, critical' : 'sync'}|` : '-. async .->';
    lines.push(dependency.direction === 'inbound' ? `  ${id} ${edge} ${service}` : `  ${service} ${edge} ${id}`);
  }
  return ['```mermaid', ...lines, '```'].join('\n');
}

/**
 * The container diagram: what runs inside the service boundary (API surfaces, owned stores,
 * published event streams) and what it talks to outside.
 */
export function containerDiagram(design: Design): string {
  const service = design.service.name;
  const lines = ['flowchart LR', `  subgraph ${mermaidId('boundary', service)}[${label(service)}]`];
  const app = mermaidId('app', service);
  lines.push(`    ${app}[${label(`${service} service`)}]`);
  for (const api of design.api) {
    const id = mermaidId('api', api.name);
    lines.push(`    ${id}>${label(`API ${api.name}${api.stability ? `<br/>${api.stability}` : ''}`)}]`, `    ${id} --> ${app}`);
  }
  const stores = [...new Set(design.data.owned.map((d) => d.store).filter((s): s is string => Boolean(s)))].sort();
  for (const store of stores) {
    const held = design.data.owned
      .filter((d) => d.store === store)
      .map((d) => d.name)
      .join(', ');
    const id = mermaidId('store', store);
    lines.push(`    ${id}[(${label(`${store}<br/>${held}`)})]`, `    ${app} --> ${id}`);
  }
  for (const stream of design.events) {
    const id = mermaidId('events', stream.name);
    // The edge carries the delivery promise of the matching dependency, and points the way data flows.
    const delivery = design.dependencies.find((d) => d.name === stream.name)?.delivery;
    const edge = delivery ? `-. ${delivery} .->` : '-.->';
    lines.push(`    ${id}[/${label(`events ${stream.name}`)}/]`);
    if (stream.role !== 'consume') lines.push(`    ${app} ${edge} ${id}`);
    if (stream.role === 'consume' || stream.role === 'both') lines.push(`    ${id} ${edge} ${app}`);
  }
  lines.push('  end');
  const declared = new Set<string>();
  const external = (name: string) => {
    const id = mermaidId('ext', name);
    if (!declared.has(id)) lines.push(`  ${id}[${label(name)}]`);
    declared.add(id);
    return id;
  };
  const streams = new Set(design.events.map((e) => e.name));
  for (const dependency of design.dependencies) {
    // Stores are drawn inside the boundary, and a published stream is already drawn there.
    if (dependency.kind === 'database' || dependency.kind === 'cache' || streams.has(dependency.name)) continue;
    const id = external(dependency.name);
    const sync = dependency.mode === 'sync' || (dependency.mode === undefined && (dependency.kind === 'http' || dependency.kind === 'grpc'));
    const edge = sync ? '-->' : '-.->';
    lines.push(dependency.direction === 'inbound' ? `  ${id} ${edge} ${app}` : `  ${app} ${edge} ${id}`);
  }
  for (const stream of design.events)
    for (const consumer of stream.consumers) {
      lines.push(`  ${mermaidId('events', stream.name)} -.-> ${external(consumer)}`);
    }
  return ['```mermaid', ...lines, '```'].join('\n');
}

/**
 * The sequence of one request along the critical synchronous path: calls in a `parallel`
 * group run side by side (`par`), the rest in the order the design lists them; each call shows
 * its timeout and retries, and asynchronous hand-offs follow the response path.
 */
export function criticalPathSequence(design: Design): string | undefined {
  const outbound = design.dependencies.filter((d) => d.direction !== 'inbound');
  const sync = outbound.filter((d) => isSynchronous(d));
  if (sync.length === 0) return undefined;
  const service = design.service.name;
  const caller = design.domain.actors.find((a) => a.kind === 'human')?.name ?? 'client';
  const lines = ['sequenceDiagram', `  participant C as ${caller}`, `  participant S as ${service}`];
  for (const d of sync) lines.push(`  participant ${mermaidId('p', d.name)} as ${d.name}`);
  const deadline = design.nfr.deadline ?? design.nfr.latency?.p99;
  lines.push(`  C->>S: request${deadline ? ` (target p99 ${deadline.text})` : ''}`);
  const done = new Set<string>();
  for (const d of sync) {
    if (done.has(d.name)) continue;
    const group = d.parallel ? sync.filter((g) => g.parallel === d.parallel) : [d];
    group.forEach((g) => done.add(g.name));
    const call = (g: typeof d) => {
      const attempts = (g.retries?.max ?? 0) + 1;
      const note = [g.timeout ? `timeout ${g.timeout.text}` : 'no timeout', attempts > 1 ? `${attempts} attempts` : undefined].filter(Boolean).join(', ');
      return [`S->>${mermaidId('p', g.name)}: ${g.critical ? 'critical call' : 'call'} (${note})`, `${mermaidId('p', g.name)}-->>S: response`];
    };
    if (group.length > 1) {
      lines.push(`  par ${d.parallel}`);
      group.forEach((g, i) => {
        if (i > 0) lines.push(`  and`);
        lines.push(...call(g).map((l) => `    ${l}`));
      });
      lines.push('  end');
    } else lines.push(...call(d).map((l) => `  ${l}`));
  }
  lines.push('  S-->>C: response');
  for (const d of outbound.filter((x) => !isSynchronous(x) && (x.mode === 'async' || x.kind !== undefined))) {
    lines.push(`  Note over S: then ${d.name} (${d.kind ?? 'async'}${d.delivery ? `, ${d.delivery}` : ''}${d.outbox ? ', via outbox' : ''})`);
  }
  return ['```mermaid', ...lines, '```'].join('\n');
}

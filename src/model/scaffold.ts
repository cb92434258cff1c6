import { basename, extname } from 'node:path';
import { stringify } from 'yaml';
import { fragmentToPointer, getAtPointer } from '../core/pointer.js';

/** What `archway init --from` could read off a contract. */
export interface ContractFacts {
  title?: string;
  version?: string;
  operations: number;
  errorShape?: 'problem+json' | 'envelope';
  pagination?: 'cursor' | 'offset' | 'page';
  authentication?: string;
  publicServers: boolean;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Reads the facts an initial design can be inferred from, without resolving anything. */
export function contractFacts(document: Record<string, any>, text: string): ContractFacts {
  const paths: Record<string, Record<string, any>> = document.paths ?? {};
  let operations = 0;
  const queryNames = new Set<string>();
  for (const item of Object.values(paths)) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      operations++;
      for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => localRef(document, p))) {
        if (parameter?.in === 'query' && typeof parameter.name === 'string') queryNames.add(parameter.name.toLowerCase());
      }
    }
  }
  const schemes = Object.values<Record<string, any>>(document.components?.securitySchemes ?? document.securityDefinitions ?? {});
  const servers: Array<{ url?: string }> = document.servers ?? (document.host ? [{ url: `https://${document.host}` }] : []);
  return {
    title: document.info?.title,
    version: document.info?.version,
    operations,
    errorShape: text.includes('application/problem+json') ? 'problem+json' : /"?(error_?code|errorCode)"?\s*:/.test(text) ? 'envelope' : undefined,
    pagination: ['cursor', 'after', 'starting_after', 'page_token', 'pagetoken'].some((n) => queryNames.has(n))
      ? 'cursor'
      : queryNames.has('offset')
        ? 'offset'
        : queryNames.has('page')
          ? 'page'
          : undefined,
    authentication: schemes.length > 0 ? [...new Set(schemes.map((s) => (s.scheme ? `${s.type} ${s.scheme}` : s.type)))].sort().join(', ') : undefined,
    publicServers: servers.some((s) => typeof s.url === 'string' && /^https?:\/\/(?!localhost|127\.|10\.|192\.168\.)/.test(s.url)),
  };
}

/** Follows one same-file `$ref` (`#/components/parameters/Limit`); enough for inference. */
function localRef(document: Record<string, any>, node: any): any {
  const ref = node?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  return getAtPointer(document, fragmentToPointer(ref.slice(1)));
}

export function kebab(text: string): string {
  const name = text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^[^a-z]+/, '');
  return name || 'my-service';
}

/**
 * A starter design that already validates: what the contract shows is filled in, what only the
 * team knows is left as commented questions.
 */
export function scaffoldDesign(options: { name?: string; contractPath?: string; facts?: ContractFacts }): string {
  const { facts, contractPath } = options;
  const name = kebab(options.name ?? facts?.title ?? (contractPath ? basename(contractPath, extname(contractPath)) : 'my-service'));
  const stability = facts?.version?.startsWith('0.') ? 'beta' : 'stable';
  const design: Record<string, unknown> = {
    archway: 1,
    service: { name, owner: 'team-unknown', description: facts?.title ? `Serves ${facts.title}.` : 'What this service does, in one sentence.' },
    domain: { useCases: ['the first thing a user does with this service'], actors: [{ name: 'user', kind: 'human' }] },
    nfr: { latency: { p99: '300ms' }, throughput: { peakRps: 100 }, availability: '99.9%' },
    done: ['p99 latency visible per endpoint', 'every page has a runbook'],
    ...(contractPath
      ? { api: [{ name: 'public', contract: contractPath, stability, visibility: facts?.publicServers ? 'public' : 'internal', consumers: [] }] }
      : {}),
    slos: [
      { name: 'availability', sli: { kind: 'availability' }, objective: '99.9%', window: '28d' },
      { name: 'latency', sli: { kind: 'latency', threshold: '300ms' }, objective: '99%', window: '28d' },
    ],
    telemetry: { propagation: 'w3c', correlationHeader: 'traceparent', logs: { format: 'json', redact: ['authorization'] } },
    ...(facts?.authentication ? { security: { authentication: facts.authentication } } : {}),
    rollout: { strategy: 'canary', steps: ['5%', '25%', '100%'], rollback: { automatic: true, trigger: 'fast burn of any SLO at any step' } },
  };
  const found = facts
    ? [
        `# Inferred from ${contractPath}: ${facts.operations} operations`,
        `#   error shape: ${facts.errorShape ?? 'none found (declare RFC 9457 problem+json)'}`,
        `#   pagination: ${facts.pagination ?? 'none found'}`,
        `#   authentication: ${facts.authentication ?? 'none declared'}`,
      ]
    : [];
  const questions = [
    '# Questions archway could not answer from the contract; answer them here:',
    '# - Which data does this service own (data.owned: name, store, pii, retention)?',
    '# - Which data does it read from other services (data.referenced: owner, via, freshness)?',
    '# - What does it call (dependencies: kind, mode, critical, timeout, retries, availability)?',
    '# - Which consumers rely on the API (api[0].consumers)?',
    '# - Which decisions should the review weigh (decisions: id, question)?',
  ];
  return [
    '# yaml-language-server: $schema=./node_modules/archway/schema/archway.schema.json',
    ...found,
    ...questions,
    stringify(design, { lineWidth: 0 }).trimEnd(),
    '',
  ].join('\n');
}

import { basename, extname } from 'node:path';
import { stringify } from 'yaml';
import { addTo } from '../core/collections.js';
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
  /** What users do, read off the operations' summaries grouped by tag. */
  useCases: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Reads the facts an initial design can be inferred from, without resolving anything. */
export function contractFacts(document: Record<string, any>, text: string): ContractFacts {
  const paths: Record<string, Record<string, any>> = document.paths ?? {};
  let operations = 0;
  const queryNames = new Set<string>();
  const byTag = new Map<string, Array<{ method: string; summary?: string }>>();
  for (const item of Object.values(paths)) {
    // In the order the document writes them, so use cases read as the contract does.
    for (const method of Object.keys(item ?? {}).filter((key) => METHODS.includes(key))) {
      const operation = item[method];
      if (!operation) continue;
      operations++;
      const tag = typeof operation.tags?.[0] === 'string' ? operation.tags[0] : '';
      addTo(byTag, tag, { method, summary: summaryOf(operation) });
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
    useCases: useCases(document, byTag),
  };
}

const MAX_USE_CASES = 12;
const VERB: Record<string, string> = { get: 'read', put: 'replace', post: 'create', delete: 'delete', patch: 'update' };

/**
 * Use cases, a few per tag (in the order the document lists its tags): the operations'
 * summaries, or for a tag whose operations have none, what can be done with it ("orders:
 * create, read, delete").
 */
function useCases(document: Record<string, any>, byTag: Map<string, Array<{ method: string; summary?: string }>>): string[] {
  const declared: string[] = Array.isArray(document.tags) ? document.tags.map((t: any) => t?.name).filter((n: unknown) => typeof n === 'string') : [];
  const tags = [...new Set([...declared.filter((t) => byTag.has(t)), ...byTag.keys()])];
  const perTag = Math.max(1, Math.ceil(MAX_USE_CASES / tags.length));
  const cases = tags.flatMap((tag) => {
    const operations = byTag.get(tag)!;
    const summaries = [...new Set(operations.flatMap((o) => (o.summary ? [o.summary] : [])))];
    if (summaries.length > 0) return summaries.slice(0, perTag);
    const verbs = [...new Set(operations.flatMap((o) => (VERB[o.method] ? [VERB[o.method]] : [])))];
    return tag && verbs.length > 0 ? [`${tag}: ${verbs.join(', ')}`] : [];
  });
  return [...new Set(cases)].slice(0, MAX_USE_CASES);
}

/** The summary, else the first sentence of the description when short (HTML tags dropped). */
function summaryOf(operation: Record<string, any>): string | undefined {
  const text =
    typeof operation.summary === 'string' && operation.summary.trim()
      ? operation.summary
      : typeof operation.description === 'string'
        ? /^[^.!?\n]*/.exec(operation.description.replace(/<[^>]*>/g, '').trim())?.[0]
        : undefined;
  const sentence = text?.replace(/\s+/g, ' ').trim().replace(/[.!]$/, '');
  return sentence && sentence.length <= 80 ? sentence : undefined;
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
    domain: {
      useCases: facts?.useCases.length ? facts.useCases : ['the first thing a user does with this service'],
      actors: [{ name: 'user', kind: 'human' }],
    },
    // 250ms is a boundary of the default duration histogram, so the latency SLI can be computed.
    nfr: { latency: { p99: '250ms' }, throughput: { peakRps: 100 }, availability: '99.9%' },
    done: ['p99 latency visible per endpoint', 'every page has a runbook'],
    ...(contractPath
      ? { api: [{ name: 'public', contract: contractPath, stability, visibility: facts?.publicServers ? 'public' : 'internal', consumers: [] }] }
      : {}),
    slos: [
      { name: 'availability', sli: { kind: 'availability' }, objective: '99.9%', window: '28d' },
      { name: 'latency', sli: { kind: 'latency', threshold: '250ms' }, objective: '99%', window: '28d' },
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
        `#   use cases: ${facts.useCases.length > 0 ? 'from the operations’ tags and summaries; put them in the users’ words' : 'none found'}`,
      ]
    : [];
  const questions = [
    contractPath ? '# Questions archway could not answer from the contract; answer them here:' : '# Questions only the team can answer; answer them here:',
    ...(contractPath ? [] : ['# - What does the service do for whom (service.description, domain.useCases, domain.actors)?']),
    '# - Which data does this service own (data.owned: name, store, pii, retention)?',
    '# - Which data does it read from other services (data.referenced: owner, via, freshness)?',
    '# - What does it call (dependencies: kind, mode, critical, timeout, retries, availability)?',
    contractPath
      ? '# - Which consumers rely on the API (api[0].consumers)?'
      : '# - Which APIs and events does it offer (api, events: the OpenAPI or AsyncAPI file, stability, consumers)?',
    '# - Where are the runbooks published (operability.runbookBaseUrl)?',
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

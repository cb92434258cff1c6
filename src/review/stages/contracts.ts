import { dirname } from 'node:path';
import type { Finding } from '../../core/diagnostic.js';
import { findingFingerprint } from '../../core/fingerprint.js';
import { InputError } from '../../core/input-error.js';
import { displayPath } from '../../core/source.js';
import { documentEventModel } from '../../contracts/asyncapi.js';
import type { ContractDocument } from '../../contracts/load.js';
import type { ContractReader } from '../../contracts/reader.js';
import { lintWithRulesets } from '../../lint/run.js';
import { summarizeContract } from '../../lint/summary.js';
import type { Design } from '../../model/types.js';
import { blocks, code, table } from '../../report/markdown.js';
import { rulesOfStage } from '../design-rules.js';
import type { Stage } from '../stage.js';
import { diffContracts } from '../../diff/index.js';
import { formatDiffMarkdown } from '../../diff/format/markdown.js';
import { openContracts } from '../../diff/load.js';
import { contractBreaks } from '../../system/contract-breaks.js';
import { designRegressions } from '../../system/design-regressions.js';

/** Breaking changes of each contract (OpenAPI or AsyncAPI) since `base`, with the rollout order for each. */
function changesSince(design: Design, base: string, today: string, cwd: string, allowOutsideRoot = false): string | undefined {
  const parts: string[] = [];
  for (const api of [...design.api, ...design.events]) {
    if (!api.contract) continue;
    const path = api.contract.absolutePath;
    const current = displayPath(path, cwd);
    const opened = openContracts([`git:${base}:${current}`, path], cwd, { allowOutsideRoot });
    try {
      const [old, now] = opened.sides;
      const result = diffContracts(old, now, { today, stability: api.stability, consumers: api.consumers });
      // One heading level down: the diff report becomes a subsection of DESIGN.md.
      parts.push(
        formatDiffMarkdown(result, { base: old.file, revision: now.file })
          .replace(/^(#+) /gm, '#$1 ')
          .trimEnd(),
      );
    } finally {
      opened.dispose();
    }
  }
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

function contractsOf(design: Design, reader: ContractReader): Array<{ name: string; role: string; doc: ContractDocument | InputError }> {
  return [...design.api.map((s) => ({ s, role: 'API' })), ...design.events.map((s) => ({ s, role: 'events' }))].flatMap(({ s, role }) =>
    s.contract ? [{ name: s.name, role, doc: reader.document(s.contract) }] : [],
  );
}

/**
 * Who publishes and who consumes what, with the delivery promise: the service's operations from
 * the AsyncAPI contract, the other side from archway.yaml (`consumers`, or the dependency's
 * `consumers`/producers), delivery from `x-delivery` or the matching dependency.
 */
function eventFlows(design: Design, name: string, doc: ContractDocument): string | undefined {
  const model = documentEventModel(doc);
  if (model.operations.length === 0) return undefined;
  const surface = design.events.find((e) => e.name === name);
  const dependency = design.dependencies.find((d) => d.name === name);
  const others = surface?.consumers.length ? surface.consumers.join(', ') : '—';
  const rows = [...model.operations]
    .sort((a, b) => (a.channel.address < b.channel.address ? -1 : a.channel.address > b.channel.address ? 1 : a.action < b.action ? -1 : 1))
    .map((op) => {
      const delivery =
        [op.node['x-delivery'], op.channel.node['x-delivery'], dependency?.delivery].find((d): d is string => typeof d === 'string') ?? 'not declared';
      const flow = op.action === 'send' ? `${design.service.name} publishes → ${others}` : `${others} → ${design.service.name} consumes`;
      return [code(op.channel.address), flow, op.messages.map((m) => m.key).join(', ') || '—', delivery];
    });
  return blocks('**Event flows**', table(['channel', 'flow', 'messages', 'delivery'], rows));
}

/** Stage 3: error shape, pagination, idempotency and versioning of the contracts the design names. */
export const contractsStage: Stage = {
  id: 'contracts',
  title: 'Contracts',
  rules: rulesOfStage('contracts'),
  async analyse({ design, contracts, options, lint }) {
    const findings: Finding[] = [];
    for (const { doc, name } of contractsOf(design, contracts)) {
      if (doc instanceof InputError) {
        const path = [...design.api, ...design.events].find((s) => s.name === name)?.contract?.absolutePath ?? name;
        for (const problem of doc.problems) {
          findings.push({
            ruleId: 'contract-unreadable',
            category: 'contracts',
            severity: 'error',
            message: problem.message,
            location: problem.location,
            fix: 'Fix the contract so it parses; `archway lint` shows the same problem.',
            fingerprint: findingFingerprint({ ruleId: 'contract-unreadable', path, pointer: problem.location.pointer }, options.cwd),
          });
        }
      } else findings.push(...(await lintWithRulesets(doc, lint.config, undefined, { cwd: options.cwd, rulesets: lint.rulesets })));
    }
    // Breaking changes and design regressions since --base are findings too, so they gate CI like any other.
    if (options.base)
      findings.push(...contractBreaks(design, options.base, options.today, options.cwd ?? dirname(design.file)), ...designRegressions(design, options.base));
    return findings;
  },
  sections({ design, findings, contracts: reader, options }) {
    const since = options.base
      ? changesSince(design, options.base, options.today, options.cwd ?? dirname(design.source.path), options.allowOutsideRoot)
      : undefined;
    const changes = since ? [{ id: 'contract-changes', title: `Contract changes since \`${options.base}\``, body: since }] : [];
    const contracts = contractsOf(design, reader).filter((c): c is { name: string; role: string; doc: ContractDocument } => !(c.doc instanceof InputError));
    if (contracts.length === 0) return changes;
    const parts = contracts.map(({ name, role, doc }) => {
      const s = summarizeContract(doc);
      const file = doc.rootFile.source.displayPath;
      const files = new Set([...doc.files.values()].flatMap((f) => (f ? [f.source.displayPath] : [])));
      const own = findings.filter((f) => files.has(f.location.file));
      const counts = new Map<string, number>();
      for (const f of own) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
      const rows: Array<[string, string]> =
        doc.kind === 'asyncapi'
          ? [
              ['channels', String(s.channels)],
              ['messages', String(s.messages)],
            ]
          : [
              ['operations', `${s.operations}${s.deprecated ? ` (${s.deprecated} deprecated)` : ''}`],
              ['error shape', s.errorShapes.length === 0 ? 'none declared' : s.errorShapes.join('; ')],
              [
                'pagination',
                [
                  s.pagination.cursor && `${s.pagination.cursor} by cursor`,
                  s.pagination.offset && `${s.pagination.offset} by offset`,
                  s.pagination.sizeOnly && `${s.pagination.sizeOnly} by size only`,
                ]
                  .filter(Boolean)
                  .join(', ') || 'none',
              ],
              ['idempotency', `${s.createsWithIdempotencyKey} of ${s.creates} creates accept Idempotency-Key`],
              ['versioning', s.pathVersions.length ? `path ${s.pathVersions.join(', ')}` : 'no path version'],
            ];
      const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8);
      return blocks(
        `### ${role} \`${name}\`: ${code(file)} (${s.kind} ${s.version})`,
        table(['convention', 'as found'], rows),
        doc.kind === 'asyncapi' && eventFlows(design, name, doc),
        own.length > 0
          ? `${own.length} hygiene findings; most frequent: ${top.map(([id, n]) => `${code(id)} × ${n}`).join(', ')}. Each is listed under Findings; \`archway explain <rule>\` gives its rationale.`
          : 'No hygiene findings.',
      );
    });
    return [{ id: 'contracts', title: 'Contracts', body: parts.join('\n\n') }, ...changes];
  },
};

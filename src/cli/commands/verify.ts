import { basename, resolve } from 'node:path';
import { sortFindings, type Finding } from '../../core/diagnostic.js';
import { loadContract } from '../../contracts/load.js';
import { beginRun } from '../../core/read-input.js';
import { loadDesignFile } from '../../model/load.js';
import { FINDINGS_FORMATS, formatFindings } from '../../report/formatters/index.js';
import { PROBES, verifyContract, VerifyUnreachable } from '../../verify/index.js';
import { defineCommand, FAIL_ON_OPTION, failOnExitCode, FORMAT_OPTION, oneOf, sourceReader, UsageError } from '../command.js';

const FAIL_ON = ['error', 'warn', 'info', 'never'] as const;
const DESIGN_FILE = (name: string) => /^archway\.ya?ml$/.test(name) || name.endsWith('.archway.yaml');

export default defineCommand({
  meta: {
    name: 'verify',
    description: 'Probe a running service against its contract and the hygiene it promises (read-only unless --allow-writes)',
    usage:
      'archway verify <archway.yaml | openapi.yaml> --base-url [name=]URL … [--header "Name: value"]… [--allow-writes] [--max-requests 300] [--rps N] [--timeout 5s] [--format stylish|json|sarif|junit|github|markdown] [--fail-on error|warn|info|never]',
  },
  options: {
    ...FORMAT_OPTION,
    ...FAIL_ON_OPTION,
    'base-url': { type: 'string', multiple: true },
    header: { type: 'string', short: 'H', multiple: true },
    'allow-writes': { type: 'boolean' },
    'max-requests': { type: 'string' },
    rps: { type: 'string' },
    timeout: { type: 'string' },
    'allow-outside-root': { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    beginRun();
    if (positionals.length !== 1) throw new UsageError('name one archway.yaml or OpenAPI contract');
    const format = oneOf('format', values.format, FINDINGS_FORMATS, 'stylish');
    const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'error');
    const maxRequests = count('max-requests', values['max-requests'], 300);
    const rps = values.rps === undefined ? undefined : count('rps', values.rps, 0);
    const timeoutMs = duration(values.timeout);
    const fromEnv = headersOf(envHeaders(process.env.ARCHWAY_VERIFY_HEADER));
    const headers = { ...headersOf((values.header as string[] | undefined) ?? []), ...fromEnv };
    const input = resolve(io.cwd, positionals[0]);
    const targets = DESIGN_FILE(basename(input))
      ? designTargets(input, (values['base-url'] as string[] | undefined) ?? [], Boolean(values['allow-outside-root']), io.cwd)
      : [{ path: input, baseUrl: singleUrl((values['base-url'] as string[] | undefined) ?? []) }];

    const findings: Finding[] = [];
    let budget = maxRequests;
    for (const target of targets) {
      const doc = loadContract(target.path, { allowOutsideRoot: Boolean(values['allow-outside-root']), cwd: io.cwd });
      try {
        const result = await verifyContract(doc, {
          baseUrl: target.baseUrl,
          headers,
          redact: Object.values(fromEnv),
          allowWrites: Boolean(values['allow-writes']),
          maxRequests: budget,
          rps,
          timeoutMs,
          cwd: io.cwd,
        });
        findings.push(...result.findings);
        budget -= result.requests;
        io.stderr(`verify: ${result.requests} requests to ${target.baseUrl}\n`);
        if (result.starved.length > 0) io.stderr(`verify: the request budget ran out; these probes did not finish: ${result.starved.join(', ')}\n`);
      } catch (error) {
        if (!(error instanceof VerifyUnreachable)) throw error;
        io.stderr(`archway verify: ${error.message}\n`);
        return 2;
      }
    }
    const all = sortFindings(findings);
    const readSource = sourceReader(io.cwd);
    io.stdout(formatFindings(format, all, { rules: PROBES, readSource: format === 'stylish' ? readSource : undefined, color: io.color, cwd: io.cwd, failOn }));
    return failOnExitCode(all, failOn);
  },
});

/** Every API contract the design names, each with its base URL (`name=URL` when there are several). */
function designTargets(path: string, urls: string[], allowOutsideRoot: boolean, cwd: string): Array<{ path: string; baseUrl: string }> {
  const design = loadDesignFile(path, { allowOutsideRoot, cwd });
  const apis = design.api.filter((api) => api.contract);
  if (apis.length === 0) throw new UsageError(`${basename(path)} names no API contract to verify (api: [{ name, contract }])`);
  if (apis.length === 1 && urls.length === 1 && !/^[\w.-]+=/.test(urls[0])) return [{ path: apis[0].contract!.absolutePath, baseUrl: singleUrl(urls) }];
  const named = new Map(urls.map((u) => /^([\w.-]+)=(.*)$/.exec(u)).flatMap((m) => (m ? [[m[1], m[2]] as const] : [])));
  const missing = apis.filter((api) => !named.has(api.name)).map((api) => api.name);
  if (missing.length > 0) throw new UsageError(`give --base-url <name>=URL for each API the design names; missing: ${missing.join(', ')}`);
  return apis.map((api) => ({ path: api.contract!.absolutePath, baseUrl: checkedUrl(named.get(api.name)!) }));
}

function singleUrl(urls: string[]): string {
  if (urls.length !== 1) throw new UsageError('give one --base-url, the URL the service answers on');
  return checkedUrl(urls[0]);
}

function checkedUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--base-url must be an http(s) URL, got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--base-url must be an http(s) URL, got "${text}"`);
  return url.href;
}

function count(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a whole number of at least 1, got "${String(value)}"`);
  return n;
}

/** "5s", "500ms" or plain seconds. */
function duration(value: unknown): number {
  if (value === undefined) return 5000;
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(String(value));
  const ms = match ? Number(match[1]) * (match[2] === 'ms' ? 1 : 1000) : NaN;
  if (!(ms >= 1 && ms <= 600_000)) throw new UsageError(`--timeout must be a duration such as 5s or 500ms (at most 600s), got "${String(value)}"`);
  return ms;
}

/** ARCHWAY_VERIFY_HEADER: one "Name: value" per line. */
function envHeaders(text: string | undefined): string[] {
  return (text ?? '').split(/\r?\n/).filter((line) => line.trim() !== '');
}

function headersOf(lines: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!match) throw new UsageError(`--header must be "Name: value", got "${line.replace(/:.*/, ': …')}"`);
    headers[match[1]] = match[2];
  }
  return headers;
}

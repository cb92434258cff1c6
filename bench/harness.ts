import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** One tool's command for a case; `count` extracts a comparable figure (findings, breaking changes) from its output. */
export interface ToolRun {
  tool: string;
  command: string;
  args: string[];
  cwd?: string;
  count?: (stdout: string) => number | undefined;
}

export interface BenchCase {
  group: string;
  name: string;
  runs: ToolRun[];
}

export interface Sample {
  seconds: number;
  maxRssMb: number;
  exitCode: number;
  count?: number;
  /** Why the tool produced no result: a timeout, or the last line it wrote to stderr. */
  failure?: string;
}

export interface CaseResult {
  bench: BenchCase;
  samples: Map<string, Sample[]>;
}

const TIME = '/usr/bin/time';

/**
 * Times whole processes with GNU time (wall seconds and peak RSS). Rounds alternate the order of
 * the tools so drift on a shared, noisy machine falls on all of them alike. A tool that times
 * out or produces no result is not run again: its failure is the figure, and repeating a
 * minutes-long crash would only stretch the run.
 */
export function runCase(bench: BenchCase, rounds: number, timeoutMs: number): CaseResult {
  if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed to measure peak memory: apt-get install time`);
  const samples = new Map<string, Sample[]>(bench.runs.map((r) => [r.tool, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? bench.runs : [...bench.runs].reverse();
    for (const run of order) {
      const done = samples.get(run.tool)!;
      if (done.some((s) => s.failure)) continue;
      done.push(measure(run, timeoutMs));
    }
  }
  return { bench, samples };
}

function measure(run: ToolRun, timeoutMs: number): Sample {
  // GNU timeout stops the tool itself: a signal to GNU time would leave the tool running on.
  const seconds = String(Math.ceil(timeoutMs / 1000));
  const child = spawnSync(TIME, ['-f', '__TIME__ %e %M', 'timeout', '--kill-after=5', seconds, run.command, ...run.args], {
    cwd: run.cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const stderr = child.stderr ?? '';
  const match = /__TIME__ ([\d.]+) (\d+)/.exec(stderr);
  const count = run.count?.(child.stdout ?? '');
  const timedOut = child.status === 124 || child.status === 137;
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('__TIME__') && !l.startsWith('Command '));
  // An out-of-memory abort says so after pages of GC trace: look for that first.
  const said = lines.find((l) => /FATAL ERROR|out of memory/i.test(l)) ?? lines.find((l) => /error|exception|circular|invalid|fail/i.test(l));
  const failure = timedOut
    ? `timed out after ${timeoutMs / 1000} s`
    : run.count && count === undefined
      ? (said ?? `no result (exit ${child.status})`).slice(0, 120)
      : undefined;
  return {
    seconds: match ? Number(match[1]) : timeoutMs / 1000,
    maxRssMb: match ? Number(match[2]) / 1024 : NaN,
    exitCode: child.status ?? -1,
    count,
    failure,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

/** A Markdown table per group: median seconds, peak memory, ratio against archway, and each tool's count. */
export function renderResults(results: CaseResult[], command: string, rounds: number): string {
  const lines = [
    '# Benchmark results',
    '',
    `Machine: ${machine()}.`,
    `Command: \`${command}\` (${rounds} rounds per case, tools alternating; medians).`,
    '',
    'Ratios are peer time ÷ archway time: above 1 means archway is faster.',
  ];
  for (const { bench, samples } of results) {
    const archway = samples.get('archway');
    const base = archway ? median(archway.map((s) => s.seconds)) : undefined;
    lines.push(
      '',
      `## ${bench.group}: ${bench.name}`,
      '',
      '| tool | median s | peak MB | vs archway | exit | count |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    const failures: string[] = [];
    for (const run of bench.runs) {
      const list = samples.get(run.tool)!;
      const seconds = median(list.map((s) => s.seconds));
      const rss = median(list.map((s) => s.maxRssMb));
      const counts = [...new Set(list.map((s) => s.count).filter((c) => c !== undefined))];
      const failure = list.find((s) => s.failure)?.failure;
      // A timeout bounds the ratio from below; a crash has no ratio, only its time to failure.
      const ratio =
        !base || run.tool === 'archway' || (failure && !failure.startsWith('timed out')) ? '—' : `${failure ? '> ' : ''}${(seconds / base).toFixed(1)}×`;
      if (failure) failures.push(`- ${run.tool} failed after ${seconds.toFixed(1)} s: ${failure.replace(/\|/g, '\\|')}`);
      lines.push(
        `| ${run.tool} | ${seconds.toFixed(2)} | ${Number.isNaN(rss) ? '—' : rss.toFixed(0)} | ${ratio} | ${[...new Set(list.map((s) => s.exitCode))].join('/')} | ${failure ? 'failed' : counts.join('/') || '—'} |`,
      );
    }
    if (failures.length) lines.push('', ...failures);
  }
  return `${lines.join('\n')}\n`;
}

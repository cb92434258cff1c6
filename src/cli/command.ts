import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { parseDay } from '../core/dates.js';
import { atLeast, type Finding, type Severity } from '../core/diagnostic.js';
import { formatProblem } from '../core/input-error.js';
import { readSourceFile } from '../core/read-input.js';
import type { LintConfig } from '../lint/config.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout is a terminal (colours, code frames). */
  color: boolean;
}

export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

/** One CLI command: metadata for help, its options, and a run that returns the exit code. */
export interface CommandDef {
  meta: { name: string; description: string; usage: string };
  options: OptionSpec;
  /** Resolves to the exit code: 0 clean, 1 findings at/above the threshold, 2 bad input or usage. */
  run(args: CommandArgs, io: CommandIO): Promise<number>;
}

export function defineCommand(def: CommandDef): CommandDef {
  return def;
}

/** Thrown for bad usage (unknown flag, missing argument); exits 2 with the message and usage. */
export class UsageError extends Error {}

/** Options most commands share. */
export const FORMAT_OPTION = { format: { type: 'string', short: 'f' } } as const satisfies OptionSpec;
export const FAIL_ON_OPTION = { 'fail-on': { type: 'string' } } as const satisfies OptionSpec;

/** The exit code `--fail-on` gives: 1 when a finding is at or above it (never, for `never`), else 0. */
export function failOnExitCode(findings: readonly Finding[], failOn: string): 0 | 1 {
  if (failOn === 'never') return 0;
  return findings.some((f) => atLeast(f.severity, failOn as Severity)) ? 1 : 0;
}

/** Reads a finding's file, named relative to the working directory, for the stylish excerpts. */
export function sourceReader(cwd: string): (file: string) => string | undefined {
  return (file) => readSourceFile(resolve(cwd, file));
}

/** `--date`: a real day as YYYY-MM-DD (see core/dates), else today's UTC day. */
export function dateOption(value: unknown): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const day = typeof value === 'string' ? parseDay(value) : undefined;
  if (day === undefined) throw new UsageError(`--date must be a day as YYYY-MM-DD, got "${String(value)}"`);
  return day;
}

export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${String(value)}"`);
}

/** What a config asks and archway cannot honour (a Redocly rule with no equivalent): said on stderr, never fatal. */
export function printConfigWarnings(config: LintConfig, io: CommandIO): void {
  for (const warning of config.warnings ?? []) io.stderr(`${formatProblem({ ...warning, message: `warning: ${warning.message}` })}\n`);
}

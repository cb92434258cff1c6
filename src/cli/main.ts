import { parseArgs } from 'node:util';
import pc from 'picocolors';
import { InputError, formatProblem } from '../core/input-error.js';
import { UsageError, type CommandDef, type CommandIO } from './command.js';

/** Commands load lazily so `archway lint` never pays for the review engines. */
const COMMANDS: Record<string, () => Promise<{ default: CommandDef }>> = {
  review: () => import('./commands/review.js'),
  lint: () => import('./commands/lint.js'),
  diff: () => import('./commands/diff.js'),
  explain: () => import('./commands/explain.js'),
  init: () => import('./commands/init.js'),
  slo: () => import('./commands/slo.js'),
};

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await helpText());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout('archway 0.1.0\n');
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`archway: unknown command "${name}". Run \`archway --help\` for the list.\n`);
    return 2;
  }
  let command: CommandDef | undefined;
  try {
    command = (await load()).default;
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.meta.description}\n\nUsage: ${command.meta.usage}\n`);
      return 0;
    }
    const parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await command.run({ positionals: parsed.positionals, values: parsed.values as Record<string, string | boolean | string[] | undefined> }, io);
  } catch (error) {
    if (error instanceof InputError) {
      for (const problem of error.problems) io.stderr(`${formatProblem(problem)}\n`);
    } else if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`archway ${name}: ${(error as Error).message}\n`);
      if (command) io.stderr(`Usage: ${command.meta.usage}\n`);
    } else {
      io.stderr(`archway ${name}: internal error: ${(error as Error)?.message ?? String(error)}\n`);
      if (!debug) io.stderr('Run again with --debug for a stack trace, and please report it.\n');
    }
    if (debug && error instanceof Error && error.stack) io.stderr(`${pc.dim(error.stack)}\n`);
    return 2;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

async function helpText(): Promise<string> {
  const lines = ['archway — architecture review as code', '', 'Usage: archway <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) {
    try {
      lines.push(`  ${name.padEnd(9)} ${(await load()).default.meta.description}`);
    } catch {
      // A command still being built is left out of help rather than breaking it.
    }
  }
  lines.push('', 'Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.', '');
  return lines.join('\n');
}

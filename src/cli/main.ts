import { parseArgs } from 'node:util';
import pc from 'picocolors';
import { InputError, formatProblem } from '../core/input-error.js';
import { archwayVersion } from '../core/version.js';
import { UsageError, type CommandDef, type CommandIO } from './command.js';

/** Commands load lazily so `archway lint` never pays for the review engines. */
const COMMANDS: Record<string, () => Promise<{ default: CommandDef }>> = {
  review: () => import('./commands/review.js'),
  lint: () => import('./commands/lint.js'),
  diff: () => import('./commands/diff.js'),
  verify: () => import('./commands/verify.js'),
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
    io.stdout(`archway ${archwayVersion()}\n`);
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
    if (debug && error instanceof Error && error.stack) io.stderr(`${pc.createColors(io.color).dim(error.stack)}\n`);
    return 2;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

async function helpText(): Promise<string> {
  const lines = ['archway — architecture review as code', '', 'Usage: archway <command> [options]', '', 'Commands:'];
  for (const load of Object.values(COMMANDS)) {
    const { meta } = (await load()).default;
    lines.push(`  ${meta.name.padEnd(9)} ${meta.description}`, `            ${meta.usage}`);
  }
  lines.push(
    '',
    'Options for every command: --help (that command’s usage), --debug (stack traces for internal errors).',
    'archway --version prints the version.',
    'Colour: on when stdout is a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 on (FORCE_COLOR=0 off).',
    'Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.',
    '',
  );
  return lines.join('\n');
}

/**
 * Whether to colour stdout: FORCE_COLOR decides when set (as in Node itself: "0" or "false"
 * turn colour off, anything else on), then NO_COLOR when non-empty (no-color.org), then
 * whether stdout is a terminal that is not "dumb".
 */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY && env.TERM !== 'dumb';
}

/**
 * The process behind bin/archway.js. A reader that goes away (`archway lint … | head -1`) makes
 * writes fail with EPIPE: the rest of the output is dropped quietly and the command still ends
 * with its own exit code. Any other write error (a full disk) is said in one line and exits 2.
 */
export async function runProcess(): Promise<void> {
  const closed = new Set<NodeJS.WriteStream>();
  let failed = false;
  const writer = (stream: NodeJS.WriteStream) => {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      closed.add(stream);
      if (error.code === 'EPIPE') return;
      failed = true;
      process.exitCode = 2;
      if (!closed.has(process.stderr)) process.stderr.write(`archway: cannot write the output: ${error.message}\n`);
    });
    return (text: string) => {
      if (!closed.has(stream)) stream.write(text);
    };
  };
  const code = await main(process.argv.slice(2), {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    cwd: process.cwd(),
    color: useColor(process.env, Boolean(process.stdout.isTTY)),
  });
  process.exitCode = failed ? 2 : code;
}

import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { inputError } from '../../core/input-error.js';
import { outPathProblem } from '../../core/paths.js';
import { beginRun, readInputText } from '../../core/read-input.js';
import { displayPath } from '../../core/source.js';
import { loadDesignText } from '../../model/load.js';
import { contractFacts, scaffoldDesign } from '../../model/scaffold.js';
import { defineCommand, UsageError } from '../command.js';

export default defineCommand({
  meta: {
    name: 'init',
    description: 'Write a starter archway.yaml, inferring what a contract shows',
    usage: 'archway init [--from openapi.yaml] [--name service-name] [--out archway.yaml] [--force]',
  },
  options: { from: { type: 'string' }, name: { type: 'string' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    beginRun();
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const raw = (values.out as string | undefined) ?? 'archway.yaml';
    const from = values.from as string | undefined;
    // A link (even a dangling one) would be written through, possibly outside the folder: refused.
    const problem = outPathProblem(raw, 'file', io.cwd, from === undefined ? [] : [resolve(io.cwd, from)]);
    if (problem) throw new UsageError(problem);
    const target = resolve(io.cwd, raw);
    if (existsSync(target) && !values.force) throw inputError(displayPath(target, io.cwd), 'already exists; pass --force to overwrite it');
    let text: string;
    if (from) {
      const path = resolve(io.cwd, from);
      if (!existsSync(path)) throw inputError(displayPath(path, io.cwd), 'does not exist');
      const source = readInputText(path, { shown: displayPath(path, io.cwd) });
      let document: unknown;
      try {
        document = path.endsWith('.json') ? JSON.parse(source) : parse(source, { maxAliasCount: 100 });
      } catch (error) {
        throw inputError(displayPath(path, io.cwd), `cannot parse the contract: ${(error as Error).message.split('\n')[0]}`);
      }
      if (!document || typeof document !== 'object' || !('paths' in document || 'openapi' in document || 'swagger' in document)) {
        throw inputError(displayPath(path, io.cwd), 'is not an OpenAPI description (no openapi/swagger version or paths)');
      }
      const contractPath = relative(dirname(target), path).split('\\').join('/');
      text = scaffoldDesign({
        name: values.name as string | undefined,
        contractPath: contractPath.startsWith('.') ? contractPath : `./${contractPath}`,
        facts: contractFacts(document as Record<string, unknown>, source),
      });
    } else {
      text = scaffoldDesign({ name: values.name as string | undefined });
    }
    // The scaffold must be a valid design; loading it proves that before anything is written.
    loadDesignText(text, target, { allowOutsideRoot: true, cwd: io.cwd });
    // Written beside the target and renamed over it: never half a file, never through a link.
    const staging = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
    try {
      writeFileSync(staging, text, { flag: 'wx' });
      renameSync(staging, target);
    } catch (error) {
      rmSync(staging, { force: true });
      throw inputError(displayPath(target, io.cwd), `cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    io.stdout(`wrote ${displayPath(target, io.cwd)}; answer the questions at its top, then run \`archway review\`\n`);
    return 0;
  },
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { inputError } from '../../core/input-error.js';
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
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const target = resolve(io.cwd, (values.out as string | undefined) ?? 'archway.yaml');
    if (existsSync(target) && !values.force) throw inputError(displayPath(target, io.cwd), 'already exists; pass --force to overwrite it');
    const from = values.from as string | undefined;
    let text: string;
    if (from) {
      const path = resolve(io.cwd, from);
      if (!existsSync(path)) throw inputError(displayPath(path, io.cwd), 'does not exist');
      const source = readFileSync(path, 'utf8');
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
      text = scaffoldDesign({ name: values.name as string | undefined, contractPath: contractPath.startsWith('.') ? contractPath : `./${contractPath}`, facts: contractFacts(document as Record<string, unknown>, source) });
    } else {
      text = scaffoldDesign({ name: values.name as string | undefined });
    }
    // The scaffold must be a valid design; loading it proves that before anything is written.
    loadDesignText(text, target);
    writeFileSync(target, text);
    io.stdout(`wrote ${displayPath(target, io.cwd)}; answer the questions at its top, then run \`archway review\`\n`);
    return 0;
  },
});

import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO } from '../support/cli.js';

/** A project folder: the checkout example (design and contracts) beside files archway never wrote. */
export const FOREIGN: Record<string, string> = {
  'README.md': '# my service\n',
  'src/app.ts': 'export const app = 1;\n',
  'runbooks/my-handwritten.md': '# written by hand\n',
};

export function makeProject(dir: string): void {
  for (const name of ['archway.yaml', 'openapi.yaml', 'asyncapi.yaml']) cpSync(join(REPO, 'examples/checkout', name), join(dir, name));
  for (const [name, text] of Object.entries(FOREIGN)) write(dir, name, text);
}

export function write(dir: string, name: string, text: string): void {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
}

/** Every file under `dir` (links not followed) with its bytes, for byte-for-byte comparison. */
export function snapshot(dir: string, skip: (name: string) => boolean = () => false): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const name = sub ? `${sub}/${entry.name}` : entry.name;
      if (skip(name)) continue;
      if (entry.isDirectory()) walk(name);
      else files.set(name, lstatSync(join(dir, name)).isSymbolicLink() ? 'link' : readFileSync(join(dir, name), 'base64'));
    }
  };
  walk('');
  return files;
}

import { resolve } from 'node:path';
import { beginRun } from '../../core/read-input.js';
import { diffContracts, failsAt } from '../../diff/index.js';
import { DIFF_FORMATS, formatDiff } from '../../diff/format/index.js';
import { openContracts } from '../../diff/load.js';
import { dateOption, defineCommand, FAIL_ON_OPTION, FORMAT_OPTION, oneOf, sourceReader, UsageError } from '../command.js';

const FAIL_ON = ['breaking', 'warn', 'never'] as const;

export default defineCommand({
  meta: {
    name: 'diff',
    description: 'Breaking changes between two versions of a contract, with the rollout order for each',
    usage:
      'archway diff <old> <new> (each a file or git:<ref>:<path>) [--format stylish|json|sarif|junit|github|markdown] [--fail-on breaking|warn|never] [--date YYYY-MM-DD] [--design archway.yaml] [--stability beta] [--consumers web,mobile] [--allow-outside-root]',
  },
  options: {
    ...FORMAT_OPTION,
    ...FAIL_ON_OPTION,
    date: { type: 'string' },
    design: { type: 'string' },
    stability: { type: 'string' },
    consumers: { type: 'string' },
    'allow-outside-root': { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    beginRun();
    if (positionals.length !== 2) throw new UsageError(`expected two contracts, the old and the new; got ${positionals.length}`);
    const format = oneOf('format', values.format, DIFF_FORMATS, 'stylish');
    const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'breaking');
    const today = dateOption(values.date);
    const allowOutsideRoot = Boolean(values['allow-outside-root']);
    const surface = await designSurface(values.design as string | undefined, positionals, io.cwd, allowOutsideRoot);
    const consumers =
      typeof values.consumers === 'string'
        ? values.consumers
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
        : surface?.consumers;
    const stability = (values.stability as string | undefined) ?? surface?.stability;
    const opened = openContracts(positionals, io.cwd, { allowOutsideRoot });
    try {
      const [base, revision] = opened.sides;
      const result = diffContracts(base, revision, { today, stability, consumers });
      const readSource = sourceReader(io.cwd);
      io.stdout(formatDiff(format, result, { files: { base: base.file, revision: revision.file }, readSource, color: io.color }));
      return failsAt(result, failOn) ? 1 : 0;
    } finally {
      opened.dispose();
    }
  },
});

/** The archway.yaml `api` or `events` entry for this contract (matched by path, or the only one): its stability and consumers. */
async function designSurface(design: string | undefined, inputs: string[], cwd: string, allowOutsideRoot: boolean) {
  if (design === undefined) return undefined;
  // Loaded on demand: the design model pulls in its JSON Schema validator, which a plain diff never needs.
  const { loadDesignFile } = await import('../../model/load.js');
  const loaded = loadDesignFile(resolve(cwd, design), { allowOutsideRoot, cwd });
  const surfaces = [...loaded.api, ...loaded.events];
  const paths = inputs.map((input) => resolve(cwd, input.startsWith('git:') ? input.slice(input.indexOf(':', 4) + 1) : input));
  return surfaces.find((s) => s.contract && paths.includes(s.contract.absolutePath)) ?? (surfaces.length === 1 ? surfaces[0] : undefined);
}

/**
 * A Redocly configurable rule (`rule/<name>` in `redocly.yaml`) as an archway lint rule: the
 * subject's node type subscribes to the single walk, `where` is read from the walk context, and
 * problems are grouped and worded as Redocly groups and words them.
 */
import { basename } from 'node:path';
import { isRef } from '../../contracts/load.js';
import type { At, WalkContext } from '../../contracts/walk.js';
import { joinPointer } from '../../core/pointer.js';
import { isObject, resolveAt } from '../helpers.js';
import { defineLintRule, type LintRule } from '../rule.js';
import { ASSERTIONS, CASINGS, redoclyRegex, ON_KEYS, ON_VALUES, type AssertProblem } from './assertions.js';
import { ANCESTORS, NODE_TYPES, type TypedNode } from './node-types.js';

interface Subject {
  type: string;
  property?: string | string[];
  filterInParentKeys?: string[];
  filterOutParentKeys?: string[];
  matchParentKeys?: string;
}

interface Condition {
  subject: Subject;
  assertions: Record<string, unknown>;
}

export interface ConfigurableRuleDefinition extends Condition {
  where?: Condition[];
  message?: string;
  severity?: string;
}

/** Why a definition cannot run: `error` stops the run (exit 2), `warning` skips the rule. */
export class DefinitionProblem extends Error {
  constructor(
    message: string,
    readonly kind: 'error' | 'warning',
    /** The path to the offending key inside the rule's definition. */
    readonly path: Array<string | number> = [],
  ) {
    super(message);
  }
}

const KEYS_ONLY = [...ON_KEYS].filter((a) => !ON_VALUES.has(a));
const VALUES_ONLY = [...ON_VALUES].filter((a) => !ON_KEYS.has(a));

/** Checks a condition as Redocly does before running it; throws a located-by-path problem. */
function check(condition: Condition, path: Array<string | number>, subjectType: boolean): void {
  if (!isObject(condition.subject) || typeof condition.subject.type !== 'string')
    throw new DefinitionProblem("'subject.type' (a Redocly node type) is required", 'error', [...path, 'subject']);
  if (!isObject(condition.assertions)) throw new DefinitionProblem("'assertions' (a mapping) is required", 'error', [...path, 'assertions']);
  const type = condition.subject.type;
  if (subjectType ? !NODE_TYPES[type] : !ANCESTORS[type])
    throw new DefinitionProblem(
      `node type ${type} is not supported ${subjectType ? 'as a subject' : 'in where'} (supported: ${Object.keys(subjectType ? NODE_TYPES : ANCESTORS).join(', ')}); the rule is skipped`,
      'warning',
      [...path, 'subject', 'type'],
    );
  const hasProperty = condition.subject.property !== undefined;
  for (const [name, value] of Object.entries(condition.assertions)) {
    const at = [...path, 'assertions', name];
    if (!ASSERTIONS[name]) throw new DefinitionProblem(`unknown assertion ${name} (expected one of ${Object.keys(ASSERTIONS).join(', ')})`, 'error', at);
    if (VALUES_ONLY.includes(name) && !hasProperty)
      throw new DefinitionProblem(`the '${name}' assertion can't be used on all keys: name a property`, 'error', at);
    if (KEYS_ONLY.includes(name) && hasProperty)
      throw new DefinitionProblem(`the '${name}' assertion can't be used on properties: remove 'property'`, 'error', at);
    if (name === 'ref' && !hasProperty)
      throw new DefinitionProblem(
        "'ref' on the subject itself is not supported (archway sees nodes with their $ref followed); the rule is skipped",
        'warning',
        at,
      );
    if (name === 'casing' && !CASINGS.includes(value as string)) throw new DefinitionProblem(`casing must be one of ${CASINGS.join(', ')}`, 'error', at);
  }
}

/** The parent-key filters of a subject; a node passes when every one given passes. */
function keyFilter(subject: Subject): (key: string) => boolean {
  const re = typeof subject.matchParentKeys === 'string' ? redoclyRegex(subject.matchParentKeys) : undefined;
  return (key) =>
    (!re || re.test(key)) &&
    (!Array.isArray(subject.filterInParentKeys) || subject.filterInParentKeys.map(String).includes(key)) &&
    (!Array.isArray(subject.filterOutParentKeys) || !subject.filterOutParentKeys.map(String).includes(key));
}

const properties = (subject: Subject): string[] => (Array.isArray(subject.property) ? subject.property : [subject.property]).filter((p): p is string => !!p);

/** Every problem of a condition on one node, assertions in Redocly's order, then properties. */
function problemsOf(condition: Condition, target: Pick<TypedNode, 'node' | 'at'>, ctx: WalkContext): AssertProblem[] {
  const props = properties(condition.subject);
  const problems: AssertProblem[] = [];
  for (const name of Object.keys(ASSERTIONS)) {
    if (condition.assertions[name] === undefined) continue;
    const assert = ASSERTIONS[name];
    if (props.length === 0) {
      problems.push(
        ...assert({ value: Object.keys(target.node), raw: target.node, base: { pointer: target.at.pointer, target: 'value' } }, condition.assertions[name]),
      );
      continue;
    }
    for (const prop of props) {
      const raw = target.node[prop];
      const pointer = joinPointer(target.at.pointer, prop);
      const value = isRef(raw) ? resolveAt(ctx.doc, raw, { file: target.at.file, pointer }).node : raw;
      problems.push(...assert({ value, raw, base: { pointer, target: 'value' } }, condition.assertions[name]));
    }
  }
  return problems;
}

const PLACEHOLDERS = ['problems', 'assertionName', 'nodeType', 'key', 'property', 'file', 'pointer'] as const;

/** Compiles `rule/<name>`; throws a DefinitionProblem when Redocly would refuse it or archway cannot run it. */
export function configurableRule(id: string, definition: ConfigurableRuleDefinition): LintRule {
  check(definition, [], true);
  const where = Array.isArray(definition.where) ? definition.where : [];
  // The last `where` on the subject's own type filters the subject itself, as in Redocly.
  const own = where.length > 0 && where.at(-1)!.subject?.type === definition.subject.type ? where.at(-1) : undefined;
  const ancestors = own ? where.slice(0, -1) : where;
  ancestors.forEach((c, i) => check(c, ['where', i], false));
  if (own) check(own, ['where', where.length - 1], true);
  const passes = (condition: Condition, target: Pick<TypedNode, 'node' | 'at' | 'key'> | undefined, ctx: WalkContext) =>
    target !== undefined && keyFilter(condition.subject)(target.key) && problemsOf(condition, target, ctx).length === 0;
  const subjectFilter = keyFilter(definition.subject);
  const props = properties(definition.subject);
  const template =
    typeof definition.message === 'string'
      ? definition.message
      : `${id} failed because the ${definition.subject.type} ${props.join(', ')} didn't meet the assertions: {{problems}}`.replace(/ +/g, ' ');

  return defineLintRule({
    id,
    category: 'configurable',
    severity: definition.severity === 'warn' ? 'warn' : 'error',
    presets: [],
    description: `Redocly configurable rule on ${definition.subject.type}${props.length ? ` ${props.join(', ')}` : ''}.`,
    rationale: 'Defined by the project in its Redocly config.',
    fix: 'Change the node so it meets the assertions the config names.',
    examples: { bad: '', good: '' },
    create: ({ report }) =>
      NODE_TYPES[definition.subject.type]((subject) => {
        if (!subjectFilter(subject.key)) return;
        if (own && !passes(own, subject, subject.ctx)) return;
        if (!ancestors.every((c) => passes(c, ANCESTORS[c.subject.type](subject.ctx), subject.ctx))) return;
        const problems = problemsOf(definition, subject, subject.ctx);
        // One finding per location, its problems listed together, as Redocly reports them.
        const groups = new Map<string, AssertProblem[]>();
        for (const p of problems) groups.set(p.location.pointer, [...(groups.get(p.location.pointer) ?? []), p]);
        for (const group of groups.values()) {
          const values: Record<(typeof PLACEHOLDERS)[number], string> = {
            problems: group.length === 1 ? group[0].message : group.map((p) => `\n- ${p.message}`).join(''),
            assertionName: id,
            nodeType: definition.subject.type,
            key: subject.key,
            property: props.join(', '),
            file: basename(subject.at.file.path),
            pointer: `#${subject.at.pointer}`,
          };
          const message = PLACEHOLDERS.reduce((text, name) => text.split(`{{${name}}}`).join(values[name]), template);
          const at: At = { file: subject.at.file, pointer: group[0].location.pointer };
          report(subject.ctx, { at, message, target: group[0].location.target, data: { problems: group.map((p) => p.message) } });
        }
      }),
  });
}

/** Questions the AsyncAPI peer-equivalent rules (`asyncapi-*`) share: document places, tags, security. */
import type { ContractDocument } from '../contracts/load.js';
import type { At } from '../contracts/walk.js';
import { getAtPointer } from '../core/pointer.js';
import { child, follow } from './events.js';
import { isObject, type Located } from './helpers.js';

export const isV2 = (doc: ContractDocument) => doc.version.startsWith('2.');

export const rootAt = (doc: ContractDocument): At => ({ file: doc.rootFile, pointer: '' });

export const rootOf = (doc: ContractDocument) => (isObject(doc.root) ? doc.root : {});

/** The node written at `at`, before any trait or `$ref` is applied. */
export const written = (at: At): unknown => getAtPointer(at.file.root, at.pointer);

/** A map in the root file (`components.servers`), each entry with its ref followed. */
export function rootMap(doc: ContractDocument, ...path: string[]): Array<{ name: string } & Located> {
  const at = child(rootAt(doc), ...path);
  const map = written(at);
  if (!isObject(map)) return [];
  return Object.keys(map).flatMap((name) => {
    const found = follow(doc, map[name], child(at, name));
    return found ? [{ name, ...found }] : [];
  });
}

/**
 * The schemas whose `default` and `examples` the asyncapi-schema-* rules check, each named for
 * messages: every `components.schemas` entry, and in 2.x each parameter's schema (in components,
 * and inline in channels; 3.0 parameters are plain enum/default/examples).
 */
export function valueSchemas(doc: ContractDocument): Array<{ schema: Located; what: string }> {
  const schemas = rootMap(doc, 'components', 'schemas').map((s) => ({ schema: s as Located, what: `schema ${s.name}` }));
  if (!isV2(doc)) return schemas;
  const parameters = [
    ...rootMap(doc, 'components', 'parameters'),
    ...rootMap(doc, 'channels').flatMap((c) =>
      isObject(c.node.parameters)
        ? Object.keys(c.node.parameters).flatMap((name) => {
            const found = follow(doc, c.node.parameters[name], child(c.at, 'parameters', name));
            return found && !/^\/components\/parameters\//.test(found.at.pointer) ? [{ name, ...found }] : [];
          })
        : [],
    ),
  ];
  for (const p of parameters) {
    const schema = follow(doc, p.node.schema, child(p.at, 'schema'));
    if (schema) schemas.push({ schema, what: `the schema of parameter ${p.name}` });
  }
  return schemas;
}

/** The document's own tags: 2.x `tags`, 3.0 `info.tags`. */
export function documentTagsAt(doc: ContractDocument): At {
  return isV2(doc) ? child(rootAt(doc), 'tags') : child(rootAt(doc), 'info', 'tags');
}

/** Where a missing field would go: the deepest object on the way that exists (Spectral reports there too). */
export function closestAt(doc: ContractDocument, ...path: string[]): At {
  let at = rootAt(doc);
  for (const segment of path) {
    const next = child(at, segment);
    if (!isObject(written(next))) break;
    at = next;
  }
  return at;
}

/** A field that is set to something other than an empty string, `false`, 0 or null (Spectral's `truthy`). */
export const truthy = (value: unknown) => Boolean(value);

export interface RequirementProblem {
  at: At;
  target?: 'key';
  message: string;
  data: Record<string, unknown>;
}

/** The scopes an OAuth 2 scheme's flows define (2.x `scopes` maps, 3.0 `availableScopes`). */
function availableScopes(scheme: Record<string, any>): string[] {
  const flows = isObject(scheme.flows) ? scheme.flows : {};
  const scopes = new Set<string>();
  for (const flow of Object.values(flows)) {
    if (!isObject(flow)) continue;
    for (const map of [flow.scopes, flow.availableScopes]) if (isObject(map)) Object.keys(map).forEach((s) => scopes.add(s));
  }
  return [...scopes].sort();
}

/**
 * The problems of a server's or operation's `security`: 2.x requirements name schemes of
 * `components.securitySchemes` and, for OAuth 2, scopes its flows define; 3.0 lists schemes (by
 * `$ref`) with the `scopes` they need, which the scheme's flows must define.
 */
export function securityProblems(doc: ContractDocument, node: Record<string, any>, at: At, owner: string): RequirementProblem[] {
  if (!Array.isArray(node.security)) return [];
  const problems: RequirementProblem[] = [];
  const schemes = rootOf(doc).components?.securitySchemes;
  const scopeProblems = (scheme: Record<string, any>, name: string, scopes: unknown, scopesAt: At, say: (scope: string) => string) => {
    if (scheme.type !== 'oauth2' || !Array.isArray(scopes)) return;
    const available = availableScopes(scheme);
    scopes.forEach((scope, i) => {
      if (typeof scope === 'string' && !available.includes(scope))
        problems.push({
          at: child(scopesAt, i),
          message: say(scope),
          data: { scheme: name, scope, available },
        });
    });
  };
  node.security.forEach((requirement: unknown, i: number) => {
    const requirementAt = child(at, 'security', i);
    if (isV2(doc)) {
      if (!isObject(requirement)) return;
      for (const [name, scopes] of Object.entries(requirement)) {
        const scheme = isObject(schemes) ? follow(doc, schemes[name], child(rootAt(doc), 'components', 'securitySchemes', name)) : undefined;
        if (!scheme) {
          problems.push({
            at: child(requirementAt, name),
            target: 'key',
            message: `${owner} requires security scheme "${name}", which components.securitySchemes does not define`,
            data: { scheme: name },
          });
        } else
          scopeProblems(
            scheme.node,
            name,
            scopes,
            child(requirementAt, name),
            (scope) => `${owner} requires scope "${scope}" of security scheme "${name}", whose flows do not define it`,
          );
      }
      return;
    }
    const scheme = follow(doc, requirement, requirementAt);
    if (!scheme) return;
    const name = isObject(requirement) && typeof requirement.$ref === 'string' ? requirement.$ref.replace(/^.*\//, '') : String(i);
    // 3.0 lists the scopes on the scheme object: one finding where they are written, whoever refers to it.
    scopeProblems(
      scheme.node,
      name,
      scheme.node.scopes,
      child(scheme.at, 'scopes'),
      (scope) => `security scheme "${name}" lists scope "${scope}", which its flows do not define`,
    );
  });
  return problems;
}

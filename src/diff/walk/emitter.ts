import { joinPointer } from '../../core/pointer.js';
import type { ChangeEvent, EventContext, EventPayloads, EventType } from '../events.js';
import { SchemaComparer, type Edge, type SchemaChange, type SchemaDiff } from '../schema/compare.js';
import { stabilityRank } from '../policy.js';
import type { DiffSide } from '../side.js';

/** Everything about an event but its type, payload and pointers: who it is about. */
export type Scope = Omit<EventContext, 'base' | 'revision'>;

interface Usage {
  scope: Scope;
  base: string;
  revision: string;
  diff: SchemaDiff;
}

/**
 * Collects events as the walker finds them. Schema pairs are compared (memoised) on the spot
 * but placed in their usages only at the end, once the comparer knows which pairs reach a
 * change: a schema shared by a thousand operations is compared once and reported once, with
 * the operations it reaches.
 */
export class Emitter {
  readonly schemas: SchemaComparer;
  private readonly events: ChangeEvent[] = [];
  private readonly usages: Usage[] = [];
  /** Events placed per schema change, by direction and area, with the operations that reach them. */
  private readonly placed = new Map<SchemaChange, Map<string, { event: ChangeEvent; depth: number; operations: Set<string>; via: Set<string> }>>();

  constructor(base: DiffSide, revision: DiffSide) {
    this.schemas = new SchemaComparer(base, revision);
  }

  emit<T extends EventType>(type: T, scope: Scope, base: string, revision: string, payload: EventPayloads[T]): void {
    this.events.push({ ...scope, type, base, revision, ...payload } as unknown as ChangeEvent);
  }

  /** Compares a schema pair used at `base`/`revision` in `scope` (a parameter, body or header). */
  schema(scope: Scope, base: string, revision: string, baseSchema: unknown, revSchema: unknown): void {
    this.usages.push({ scope, base, revision, diff: this.schemas.compare(baseSchema, revSchema) });
  }

  finish(): ChangeEvent[] {
    this.schemas.finish();
    for (const group of this.groups()) this.place(group);
    for (const byScope of this.placed.values()) {
      for (const { event, operations, via } of byScope.values()) {
        event.operations = [...operations];
        if (via.size > 0) event.via = [...via];
      }
    }
    return this.events;
  }

  /**
   * Usages of the same schema pair in the same direction and area reach the same changes: one
   * walk serves them all (every operation's `default` error response, say), their operations
   * listed and their policy inputs merged. The first usage names the changes.
   */
  private groups(): Group[] {
    const byDiff = new Map<SchemaDiff, Map<string, Group>>();
    const order: Group[] = [];
    for (const usage of this.usages) {
      if (!usage.diff.dirty) continue;
      let byKey = byDiff.get(usage.diff);
      if (!byKey) byDiff.set(usage.diff, (byKey = new Map()));
      const key = `${usage.scope.area}|${usage.scope.direction}`;
      const group = byKey.get(key);
      if (!group) {
        const { deprecated, sunset, stability, operation } = usage.scope;
        const created: Group = {
          first: usage,
          policy: { deprecated, sunset, stability },
          operations: new Set(operation === null ? [] : [operation]),
          via: new Set(),
        };
        addVia(created.via, usage.scope);
        byKey.set(key, created);
        order.push(created);
      } else {
        mergePolicy(group.policy, usage.scope);
        if (usage.scope.operation !== null) group.operations.add(usage.scope.operation);
        addVia(group.via, usage.scope);
      }
    }
    return order;
  }

  /**
   * Places a group's changes. Each pair is visited once, so a schema reached along two paths (or
   * around a cycle) counts once. Properties a direction never carries (readOnly in a request,
   * writeOnly in a response) are skipped with everything under them.
   */
  private place(group: Group): void {
    const { scope, base, revision, diff } = group.first;
    const skip = scope.direction === 'request' ? 'read' : 'write';
    const visited = new Set<SchemaDiff>();
    // The edges walked are kept on a stack; pointers and paths are built only where a change is placed.
    const at: Trail = { root: { base, revision, path: scope.property ?? '' }, edges: [] };
    const walk = (node: SchemaDiff): void => {
      if (!node.dirty || visited.has(node)) return;
      visited.add(node);
      for (const change of node.changes) if (change.only !== skip) this.placeChange(group, change, at);
      for (const edge of node.edges) {
        if (edge.only === skip) continue;
        at.edges.push(edge);
        walk(edge.diff);
        at.edges.pop();
      }
    };
    walk(diff);
  }

  /**
   * One event per change and direction, however many usages reach it: the usage with the
   * shortest path names it (`POST /tax_rates: tax_type`, not a tax_type five expansions deep),
   * every operation that reaches it is listed, and the policy inputs are merged so the event is
   * only as lenient as its strictest usage.
   */
  private placeChange(group: Group, change: SchemaChange, at: Trail): void {
    const scope = group.first.scope;
    const policy = { ...group.policy, deprecated: group.policy.deprecated || change.deprecated === true };
    const key = `${scope.area}|${scope.direction}`;
    let byScope = this.placed.get(change);
    if (!byScope) this.placed.set(change, (byScope = new Map()));
    const known = byScope.get(key);
    if (!known) {
      const event = { ...scope, ...policy, type: change.type, ...this.placement(scope, change, at), ...change.payload } as unknown as ChangeEvent;
      byScope.set(key, { event, depth: at.edges.length, operations: new Set(group.operations), via: new Set(group.via) });
      this.events.push(event);
      return;
    }
    for (const operation of group.operations) known.operations.add(operation);
    for (const label of group.via) known.via.add(label);
    mergePolicy(known.event, policy);
    if (at.edges.length < known.depth) {
      delete known.event.newBranch;
      Object.assign(known.event, this.placement(scope, change, at));
      known.depth = at.edges.length;
    }
  }

  private placement(scope: Scope, change: SchemaChange, at: Trail): Partial<ChangeEvent> {
    const { base, revision, path, branch } = resolve(at);
    const { operation, status, mediaType, parameter, header, messageName } = scope;
    return {
      ...(branch === undefined ? {} : { newBranch: branch }),
      operation,
      messageName,
      status,
      mediaType,
      parameter,
      header,
      base: joinPointer(base, ...change.base),
      revision: joinPointer(revision, ...change.rev),
      property: change.name === undefined ? path : step(path, change.name),
    };
  }
}

interface Policy {
  deprecated: boolean;
  sunset?: string;
  stability?: string;
}

interface Group {
  first: Usage;
  policy: Policy;
  operations: Set<string>;
  /** "GET /pets 200", "POST /pets default": the response status through which each operation reaches the schema. */
  via: Set<string>;
}

function addVia(via: Set<string>, scope: Scope): void {
  if (scope.operation !== null && scope.status !== undefined) via.add(`${scope.operation} ${scope.status}`);
}

/** Only as lenient as the strictest: deprecated if all are, the latest Sunset, the most stable level. */
function mergePolicy(into: Policy, other: Policy): void {
  into.deprecated &&= other.deprecated;
  into.sunset = into.sunset !== undefined && other.sunset !== undefined ? (into.sunset > other.sunset ? into.sunset : other.sunset) : undefined;
  into.stability =
    into.stability !== undefined && other.stability !== undefined
      ? stabilityRank(into.stability) >= stabilityRank(other.stability)
        ? into.stability
        : other.stability
      : undefined;
}

/** Where the walk is: the usage's pointers and path, and the edges followed from there. */
interface Trail {
  root: { base: string; revision: string; path: string };
  edges: Edge[];
}

function resolve(at: Trail): { base: string; revision: string; path: string; branch?: string } {
  let { base, revision, path } = at.root;
  let branch: string | undefined;
  for (const edge of at.edges) {
    base = joinPointer(base, ...edge.base);
    revision = joinPointer(revision, ...edge.rev);
    path = step(path, edge.label);
    // The innermost new branch names the change: that is the shape the client now meets.
    branch = edge.branch ?? branch;
  }
  return { base, revision, path, branch };
}

function step(path: string, label: string): string {
  if (label === '') return path;
  if (label === '[]') return `${path}[]`;
  return path === '' ? label : `${path}.${label}`;
}

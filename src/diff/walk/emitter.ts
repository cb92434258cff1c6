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
  /** Events placed per schema change, keyed by what checks and policy read besides the operation. */
  private readonly placed = new Map<SchemaChange, Map<string, { event: ChangeEvent; depth: number }>>();

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
    for (const usage of this.usages) this.place(usage);
    return this.events;
  }

  /**
   * Places a usage's changes. Each pair is visited once per usage, so a schema reached along two
   * paths (or around a cycle) counts once. Properties a direction never carries (readOnly in a
   * request, writeOnly in a response) are skipped with everything under them.
   */
  private place({ scope, base, revision, diff }: Usage): void {
    const skip = scope.direction === 'request' ? 'read' : 'write';
    const visited = new Set<SchemaDiff>();
    // The edges walked are kept on a stack; pointers and paths are built only where a change is placed.
    const at: Trail = { root: { base, revision, path: scope.property ?? '' }, edges: [] };
    const walk = (node: SchemaDiff): void => {
      if (!node.dirty || visited.has(node)) return;
      visited.add(node);
      for (const change of node.changes) if (change.only !== skip) this.placeChange(scope, change, at);
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
  private placeChange(scope: Scope, change: SchemaChange, at: Trail): void {
    const deprecated = scope.deprecated || change.deprecated === true;
    const key = `${scope.area}|${scope.direction}`;
    let byScope = this.placed.get(change);
    if (!byScope) this.placed.set(change, (byScope = new Map()));
    const known = byScope.get(key);
    if (!known) {
      const event = { ...scope, operations: scope.operation === null ? [] : [scope.operation], type: change.type, ...this.placement(scope, change, at), deprecated, ...change.payload } as unknown as ChangeEvent;
      byScope.set(key, { event, depth: at.edges.length });
      this.events.push(event);
      return;
    }
    const event = known.event;
    // Usages arrive operation by operation, so a repeat is always the last one listed.
    const operations = event.operations!;
    if (scope.operation !== null && operations[operations.length - 1] !== scope.operation) operations.push(scope.operation);
    event.deprecated &&= deprecated;
    event.sunset = event.sunset !== undefined && scope.sunset !== undefined ? (event.sunset > scope.sunset ? event.sunset : scope.sunset) : undefined;
    event.stability = event.stability !== undefined && scope.stability !== undefined ? (stabilityRank(event.stability) >= stabilityRank(scope.stability) ? event.stability : scope.stability) : undefined;
    if (at.edges.length < known.depth) {
      Object.assign(event, this.placement(scope, change, at));
      known.depth = at.edges.length;
    }
  }

  private placement(scope: Scope, change: SchemaChange, at: Trail): Partial<ChangeEvent> {
    const { base, revision, path } = resolve(at);
    const { operation, status, mediaType, parameter, header } = scope;
    return {
      operation,
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

/** Where the walk is: the usage's pointers and path, and the edges followed from there. */
interface Trail {
  root: { base: string; revision: string; path: string };
  edges: Edge[];
}

function resolve(at: Trail): { base: string; revision: string; path: string } {
  let { base, revision, path } = at.root;
  for (const edge of at.edges) {
    base = joinPointer(base, ...edge.base);
    revision = joinPointer(revision, ...edge.rev);
    path = step(path, edge.label);
  }
  return { base, revision, path };
}

function step(path: string, label: string): string {
  if (label === '') return path;
  if (label === '[]') return `${path}[]`;
  return path === '' ? label : `${path}.${label}`;
}

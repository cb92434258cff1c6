import { constructFromEvents, CORE_SCHEMA, EVENT_ID, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import type { Position } from './diagnostic.js';
import { parsePointer } from './pointer.js';
import { LineIndex } from './positions.js';
import { displayPath as shownPath, type LocateTarget, type SourceFile } from './source.js';

/**
 * YAML contracts read through js-yaml's event stream: one parse gives both the value and, kept
 * aside, the source offset of every node. Composing a full `yaml` Document costs several times
 * as much (3 s of DigitalOcean's 3.5 s lint), and a contract needs its positions only where a
 * finding points. Returns undefined for what this fast path does not take (several documents,
 * aliases, any syntax error); the caller then parses with `yaml`, whose diagnostics and alias
 * limits stay the reference.
 */
export function readYamlEvents(path: string, text: string, shown?: string): { root: unknown; source: YamlEventsSourceFile } | undefined {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: 10_000 });
  } catch {
    return undefined;
  }
  let documents = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.ALIAS) return undefined;
    if (event.type === EVENT_ID.DOCUMENT) documents++;
  }
  if (documents !== 1) return undefined;
  let root: unknown;
  try {
    // CORE_SCHEMA is YAML 1.2's, as `yaml` reads it: no timestamps, no merge keys; duplicate keys: the last wins.
    [root] = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, json: true });
  } catch {
    return undefined;
  }
  return { root, source: new YamlEventsSourceFile(path, text, events, shown) };
}

/** Pointer → position from the kept events, computed on the first lookup and memoised per container. */
export class YamlEventsSourceFile implements SourceFile {
  get searchText(): string {
    return this.text;
  }

  readonly displayPath: string;
  private readonly lines: LineIndex;
  /** Event index of each container → index of its POP; filled in one pass on first use. */
  private ends: Int32Array | undefined;
  private readonly children = new Map<number, Map<string, [number, number]>>();

  constructor(
    readonly path: string,
    readonly text: string,
    /** The parse's events, kept for positions (and read by Spectral rulesets' parser diagnostics). */
    readonly events: Event[],
    shown?: string,
  ) {
    this.displayPath = shown ?? shownPath(path);
    this.lines = new LineIndex(text);
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  locate(pointer: string, target: LocateTarget = 'value'): Position {
    const rootIndex = this.events.findIndex((e) => e.type !== EVENT_ID.DOCUMENT);
    let found: [number, number] = [-1, rootIndex];
    for (const segment of parsePointer(pointer)) {
      let children = this.children.get(found[1]);
      if (!children) this.children.set(found[1], (children = this.scanContainer(found[1])));
      const entry = children.get(segment);
      if (!entry) break;
      found = entry;
    }
    if (target === 'spectral' && found[0] >= 0) {
      const type = this.events[found[1]].type;
      if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) return this.lines.positionAt(this.colonEnd(this.events[found[0]]));
    }
    const index = target === 'key' && found[0] >= 0 ? found[0] : found[1];
    return this.lines.positionAt(index >= 0 ? this.offsetOf(index) : 0);
  }

  private offsetOf(index: number): number {
    const event = this.events[index];
    if (event.type === EVENT_ID.SCALAR) {
      // An empty value (`key:` alone) has no offset: `yaml` places it after the colon and its spaces.
      if (event.valueStart < 0) return index > 0 ? this.afterColon(this.events[index - 1]) : 0;
      // Quoted and block scalars start at their indicator, as `yaml` reports them.
      const style = event.style;
      return style === 2 || style === 3 ? event.valueStart - 1 : style === 4 || style === 5 ? blockIndicator(this.text, event) : event.valueStart;
    }
    return event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE ? event.start : 0;
  }

  /** Just past the colon after a key. */
  private colonEnd(key: Event): number {
    if (key.type !== EVENT_ID.SCALAR || key.valueEnd < 0) return 0;
    return this.text.indexOf(':', key.valueEnd + (key.style === 2 || key.style === 3 ? 1 : 0)) + 1;
  }

  private afterColon(key: Event): number {
    let i = this.colonEnd(key);
    if (i === 0) return 0;
    while (this.text.charCodeAt(i) === 32 || this.text.charCodeAt(i) === 9) i++;
    return i;
  }

  /** The direct children of the container at event `start`: key → [key event or -1, value event]. */
  private scanContainer(start: number): Map<string, [number, number]> {
    const children = new Map<string, [number, number]>();
    const event = this.events[start];
    if (!event || (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE)) return children;
    const ends = (this.ends ??= pairContainers(this.events));
    const end = ends[start];
    const skip = (i: number) => (ends[i] > 0 ? ends[i] + 1 : i + 1);
    let i = start + 1;
    let index = 0;
    while (i < end) {
      if (event.type === EVENT_ID.SEQUENCE) {
        children.set(String(index++), [-1, i]);
        i = skip(i);
        continue;
      }
      const key = this.events[i];
      const valueIndex = skip(i);
      if (key.type === EVENT_ID.SCALAR) {
        const name = key.style === 1 ? this.text.slice(key.valueStart, key.valueEnd) : getScalarValue(this.text, key);
        children.set(name, [i, valueIndex]);
      }
      i = skip(valueIndex);
    }
    return children;
  }
}

/** One pass pairing each MAPPING/SEQUENCE event with its POP. */
function pairContainers(events: Event[]): Int32Array {
  const ends = new Int32Array(events.length);
  const stack: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const type = events[i].type;
    if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) stack.push(i);
    // The document's own POP finds the stack empty.
    else if (type === EVENT_ID.POP && stack.length > 0) ends[stack.pop()!] = i;
  }
  return ends;
}

/** A block scalar's `|` or `>`, at the end of the line before its content. */
function blockIndicator(text: string, event: ScalarEvent): number {
  const lineEnd = text.lastIndexOf('\n', event.valueStart - 1);
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  for (let i = lineEnd - 1; i >= lineStart; i--) {
    const c = text.charCodeAt(i);
    if (c === 124 /* | */ || c === 62 /* > */) return i;
  }
  return event.valueStart;
}

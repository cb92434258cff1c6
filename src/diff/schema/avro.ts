import { joinPointer } from '../../core/pointer.js';
import type { AvroMode, AvroVerdict } from '../events.js';
import type { Emitter, Scope } from '../walk/emitter.js';

/**
 * Avro schema evolution as Avro's schema resolution defines it and Confluent Schema Registry
 * enforces it. A reader resolves a writer's data field by field: a field the reader lacks is
 * skipped; a field the writer lacks needs the reader's default; a type must be the same or
 * promotable (int → long → float → double, string ↔ bytes); an enum symbol the reader lacks
 * fails unless the reader's enum has a default. BACKWARD asks the new schema to read old
 * data, FORWARD the old schema to read new data. Hand-written: no maintained npm package
 * compares two Avro schemas and says which of these rules a change breaks.
 */

type Avro = string | Avro[] | { [key: string]: any };

const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);
const PROMOTIONS: Record<string, string[]> = {
  int: ['long', 'float', 'double'],
  long: ['float', 'double'],
  float: ['double'],
  string: ['bytes'],
  bytes: ['string'],
};

/** Named types (records, enums, fixed) by full name, so references resolve. */
function namedTypes(schema: Avro): Map<string, Avro> {
  const names = new Map<string, Avro>();
  const visit = (node: Avro, namespace: string | undefined) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, namespace));
    if (typeof node !== 'object' || node === null) return;
    if (typeof node.type === 'object') visit(node.type, namespace);
    if (typeof node.name === 'string' && ['record', 'enum', 'fixed', 'error'].includes(node.type)) {
      const ns = typeof node.namespace === 'string' ? node.namespace : namespace;
      const full = node.name.includes('.') || !ns ? node.name : `${ns}.${node.name}`;
      if (names.has(full)) return;
      names.set(full, node);
      names.set(node.name.split('.').pop()!, node);
      if (Array.isArray(node.fields)) for (const field of node.fields) if (field && typeof field === 'object') visit(field.type, ns);
      return;
    }
    if (node.type === 'array') visit(node.items, namespace);
    if (node.type === 'map') visit(node.values, namespace);
  };
  visit(schema, undefined);
  return names;
}

class Side {
  readonly names: Map<string, Avro>;
  constructor(readonly root: Avro) {
    this.names = namedTypes(root);
  }
  /** A reference by name becomes its definition; `{ type: "int" }` becomes "int". */
  resolve(node: Avro): Avro {
    if (typeof node === 'string') return PRIMITIVES.has(node) ? node : (this.names.get(node) ?? node);
    if (!Array.isArray(node) && typeof node === 'object' && node !== null && typeof node.type === 'string' && PRIMITIVES.has(node.type)) return node.type;
    if (!Array.isArray(node) && typeof node === 'object' && node !== null && typeof node.type === 'object') return this.resolve(node.type);
    return node;
  }
}

/** A short name for a type: "int", "record Order", "array<string>", "union[null, string]". */
function typeName(side: Side, raw: Avro, depth = 0): string {
  const node = side.resolve(raw);
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return `union[${node.map((n) => typeName(side, n, depth + 1)).join(', ')}]`;
  if (depth > 3) return String(node.type);
  if (node.type === 'array') return `array<${typeName(side, node.items, depth + 1)}>`;
  if (node.type === 'map') return `map<${typeName(side, node.values, depth + 1)}>`;
  return `${node.type} ${node.name ?? ''}`.trim();
}

/** The branch identity used to match union members: the kind, and the name for named types. */
function branchKey(side: Side, raw: Avro): string {
  const node = side.resolve(raw);
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return 'union';
  return typeof node.name === 'string' ? `${node.type}:${node.name.split('.').pop()}` : String(node.type);
}

/** Can a reader of `reader` read what a writer of `writer` wrote, at the level of type kinds? */
function readable(writerSide: Side, writer: Avro, readerSide: Side, reader: Avro): boolean {
  const w = writerSide.resolve(writer);
  const r = readerSide.resolve(reader);
  if (Array.isArray(w)) return w.every((branch) => readable(writerSide, branch, readerSide, r));
  if (Array.isArray(r)) return r.some((branch) => readable(writerSide, w, readerSide, branch));
  const wk = branchKey(writerSide, w);
  const rk = branchKey(readerSide, r);
  if (wk === rk) return true;
  if (typeof w === 'string' && typeof r === 'string') return PROMOTIONS[w]?.includes(r) ?? false;
  // Records resolve by name; an unnamed kind (array, map) matches its own kind.
  return typeof w === 'object' && typeof r === 'object' && w.type === r.type && (w.type === 'array' || w.type === 'map');
}

function verdict(mode: AvroMode, backward: boolean, forward: boolean): AvroVerdict {
  const breaks = (!backward && (mode === 'BACKWARD' || mode === 'FULL')) || (!forward && (mode === 'FORWARD' || mode === 'FULL'));
  return { mode, backward, forward, breaks };
}

/**
 * Compares an Avro payload pair and emits one event per field, type or symbol change, with
 * the verdict under `mode`. Pointers follow the JSON of the schema (`/fields/2/type`).
 */
export function compareAvro(out: Emitter, scope: Scope, basePointer: string, revisionPointer: string, base: unknown, revision: unknown, mode: AvroMode): void {
  if (base === undefined || revision === undefined) return;
  const b = new Side(base as Avro);
  const r = new Side(revision as Avro);
  // Pairs of definitions already compared: recursive named types (a linked list) end here.
  const seen = new Map<object, Set<object>>();
  const walk = (bRaw: Avro, rRaw: Avro, bAt: string, rAt: string, path: string) => {
    const bn = b.resolve(bRaw);
    const rn = r.resolve(rRaw);
    if (typeof bn === 'object' && typeof rn === 'object') {
      const done = seen.get(bn) ?? new Set<object>();
      if (done.has(rn)) return;
      seen.set(bn, done.add(rn));
    }
    const here = { ...scope, property: path };
    if (branchKey(b, bn) !== branchKey(r, rn) || Array.isArray(bn) || Array.isArray(rn)) {
      if (typeName(b, bn) === typeName(r, rn)) return walkUnion(bn, rn, bAt, rAt, path);
      // New readers read old data (backward); old readers read new data (forward).
      const backward = readable(b, bn, r, rn);
      const forward = readable(r, rn, b, bn);
      out.emit('AvroTypeChanged', here, bAt, rAt, { from: typeName(b, bn), to: typeName(r, rn), ...verdict(mode, backward, forward) });
      if (Array.isArray(bn) && Array.isArray(rn)) walkUnion(bn, rn, bAt, rAt, path);
      return;
    }
    if (typeof bn !== 'object' || typeof rn !== 'object') return;
    if (bn.type === 'record' || bn.type === 'error') {
      const fieldsB: any[] = Array.isArray(bn.fields) ? bn.fields : [];
      const fieldsR: any[] = Array.isArray(rn.fields) ? rn.fields : [];
      const indexOf = (fields: any[], name: string) => fields.findIndex((f) => f?.name === name || (Array.isArray(f?.aliases) && f.aliases.includes(name)));
      fieldsB.forEach((field, i) => {
        const j = indexOf(fieldsR, field?.name);
        const fieldPath = path ? `${path}.${field?.name}` : String(field?.name);
        if (j < 0) {
          // Old readers meet data without the field: they need their own default (forward).
          const hadDefault = field && 'default' in field;
          out.emit('AvroFieldRemoved', { ...scope, property: fieldPath }, joinPointer(bAt, 'fields', String(i)), joinPointer(rAt, 'fields'), {
            name: String(field?.name),
            hadDefault,
            ...verdict(mode, true, hadDefault),
          });
          return;
        }
        walk(field.type, fieldsR[j].type, joinPointer(bAt, 'fields', String(i), 'type'), joinPointer(rAt, 'fields', String(j), 'type'), fieldPath);
      });
      fieldsR.forEach((field, j) => {
        if (indexOf(fieldsB, field?.name) >= 0 || (Array.isArray(field?.aliases) && field.aliases.some((a: string) => indexOf(fieldsB, a) >= 0))) return;
        // New readers meet old data without the field: they need its default (backward).
        const hasDefault = field && 'default' in field;
        const fieldPath = path ? `${path}.${field?.name}` : String(field?.name);
        out.emit('AvroFieldAdded', { ...scope, property: fieldPath }, joinPointer(bAt, 'fields'), joinPointer(rAt, 'fields', String(j)), {
          name: String(field?.name),
          hasDefault,
          ...verdict(mode, hasDefault, true),
        });
      });
      return;
    }
    if (bn.type === 'enum') {
      const symbolsB: string[] = Array.isArray(bn.symbols) ? bn.symbols : [];
      const symbolsR: string[] = Array.isArray(rn.symbols) ? rn.symbols : [];
      for (const symbol of symbolsR.filter((s) => !symbolsB.includes(s))) {
        // Old readers meet the new symbol: fine only if their enum has a default.
        const forward = typeof bn.default === 'string';
        out.emit('AvroSymbolAdded', here, joinPointer(bAt, 'symbols'), joinPointer(rAt, 'symbols', String(symbolsR.indexOf(symbol))), {
          symbol,
          ...verdict(mode, true, forward),
        });
      }
      for (const symbol of symbolsB.filter((s) => !symbolsR.includes(s))) {
        const backward = typeof rn.default === 'string';
        out.emit('AvroSymbolRemoved', here, joinPointer(bAt, 'symbols', String(symbolsB.indexOf(symbol))), joinPointer(rAt, 'symbols'), {
          symbol,
          ...verdict(mode, backward, true),
        });
      }
      return;
    }
    if (bn.type === 'array') walk(bn.items, rn.items, joinPointer(bAt, 'items'), joinPointer(rAt, 'items'), `${path}[]`);
    if (bn.type === 'map') walk(bn.values, rn.values, joinPointer(bAt, 'values'), joinPointer(rAt, 'values'), `${path}{}`);
  };
  /** Members present on both sides are compared in depth (a record inside `["null", Order]`). */
  const walkUnion = (bn: Avro, rn: Avro, bAt: string, rAt: string, path: string) => {
    if (!Array.isArray(bn) || !Array.isArray(rn)) return;
    bn.forEach((branch, i) => {
      const j = rn.findIndex((other) => branchKey(r, other) === branchKey(b, branch));
      if (j >= 0) walk(branch, rn[j], joinPointer(bAt, String(i)), joinPointer(rAt, String(j)), path);
    });
  };
  walk(base as Avro, revision as Avro, basePointer, revisionPointer, '');
}

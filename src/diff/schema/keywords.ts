import type { SchemaChange } from './compare.js';
import { valueKey, type Bound, type Effective } from './effective.js';

/** A wider format holds every value of the narrower one. */
const WIDER_FORMAT: Record<string, string[]> = {
  int8: ['int16', 'int32', 'int64'],
  int16: ['int32', 'int64'],
  int32: ['int64'],
  float: ['double'],
};

/**
 * The keyword-level differences of two effective schemas. Returns false when the types share
 * nothing (string → object): then only the type change is news, not every keyword under it.
 */
export function compareKeywords(eb: Effective, er: Effective, push: (change: SchemaChange) => void, closedEnums = false): boolean {
  const at = (key: string) => ({ base: [...(eb.at?.get(key) ?? []), key], rev: [...(er.at?.get(key) ?? []), key] });
  let compatible = true;
  if (eb.types.join() !== er.types.join()) {
    const widened = covers(er.types, eb.types);
    const narrowed = covers(eb.types, er.types);
    push({ type: 'TypeChanged', payload: { from: eb.types, to: er.types, widened, narrowed }, ...at('type') });
    compatible = widened || narrowed;
  }
  if (eb.nullable !== er.nullable) push({ type: 'NullableChanged', payload: { from: eb.nullable, to: er.nullable }, base: [], rev: [] });
  if (!compatible) return false;
  if (eb.format !== er.format) {
    push({
      type: 'FormatChanged',
      payload: { from: eb.format, to: er.format, widened: widerFormat(eb.format, er.format), narrowed: widerFormat(er.format, eb.format) },
      ...at('format'),
    });
  }
  if ((eb.enum || er.enum) && !sameValues(eb.enum, er.enum)) compareEnums(eb.enum, er.enum, push, at('enum'), closedEnums || er.closedEnum);
  if (eb.maxLength !== er.maxLength) bound(push, 'MaxLengthChanged', eb.maxLength, er.maxLength, -1, at('maxLength'));
  if (eb.minLength !== er.minLength) bound(push, 'MinLengthChanged', eb.minLength, er.minLength, 1, at('minLength'));
  if (eb.maxItems !== er.maxItems) bound(push, 'MaxItemsChanged', eb.maxItems, er.maxItems, -1, at('maxItems'));
  if (eb.minItems !== er.minItems) bound(push, 'MinItemsChanged', eb.minItems, er.minItems, 1, at('minItems'));
  if (eb.maximum || er.maximum) limit(push, 'MaximumChanged', eb.maximum, er.maximum, -1, at('maximum'));
  if (eb.minimum || er.minimum) limit(push, 'MinimumChanged', eb.minimum, er.minimum, 1, at('minimum'));
  if (eb.pattern !== er.pattern) push({ type: 'PatternChanged', payload: { from: eb.pattern, to: er.pattern }, ...at('pattern') });
  if (eb.uniqueItems !== er.uniqueItems) push({ type: 'UniqueItemsChanged', payload: { from: eb.uniqueItems, to: er.uniqueItems }, ...at('uniqueItems') });
  if (eb.hasDefault !== er.hasDefault || valueKey(eb.default) !== valueKey(er.default)) {
    push({ type: 'DefaultChanged', payload: { from: eb.default, to: er.default }, ...at('default') });
  }
  if (eb.discriminator !== er.discriminator)
    push({ type: 'DiscriminatorChanged', payload: { from: eb.discriminator, to: er.discriminator }, ...at('discriminator') });
  return true;
}

/** Every value of `inner` is a value of `outer` (an empty list is "any type"). */
function covers(outer: string[], inner: string[]): boolean {
  if (outer.length === 0) return true;
  if (inner.length === 0) return false;
  return inner.every((t) => outer.includes(t) || (t === 'integer' && outer.includes('number')));
}

/** `to` accepts every value `from` does: dropping a format, or int32 → int64. */
function widerFormat(from: string | undefined, to: string | undefined): boolean {
  if (to === undefined) return true;
  return from !== undefined && (WIDER_FORMAT[from]?.includes(to) ?? false);
}

type At = { base: string[]; rev: string[] };

/** The common case, unchanged enums of strings, without building keys. */
function sameValues(a: unknown[] | undefined, b: unknown[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);
}

function compareEnums(from: unknown[] | undefined, to: unknown[] | undefined, push: (change: SchemaChange) => void, at: At, closed: boolean): void {
  if (!from) return push({ type: 'EnumConstraintAdded', payload: { values: to! }, ...at });
  if (!to) return push({ type: 'EnumConstraintRemoved', payload: { values: from }, ...at });
  const before = new Map(from.map((v) => [valueKey(v), v]));
  const after = new Map(to.map((v) => [valueKey(v), v]));
  for (const key of [...before.keys()].sort()) if (!after.has(key)) push({ type: 'EnumValueRemoved', payload: { value: before.get(key) }, ...at });
  for (const key of [...after.keys()].sort()) if (!before.has(key)) push({ type: 'EnumValueAdded', payload: { value: after.get(key), closed }, ...at });
}

type BoundType = 'MaxLengthChanged' | 'MinLengthChanged' | 'MaxItemsChanged' | 'MinItemsChanged';

/** `sign` -1 for an upper bound (lower is narrower), +1 for a lower bound (higher is narrower). */
function bound(push: (c: SchemaChange) => void, type: BoundType, from: number | undefined, to: number | undefined, sign: number, at: At): void {
  const narrowed = to !== undefined && (from === undefined || (to - from) * sign > 0);
  push({ type, payload: { from, to, narrowed }, ...at });
}

function limit(
  push: (c: SchemaChange) => void,
  type: 'MaximumChanged' | 'MinimumChanged',
  from: Bound | undefined,
  to: Bound | undefined,
  sign: number,
  at: At,
): void {
  if (from?.value === to?.value && from?.exclusive === to?.exclusive) return;
  const tighter =
    from !== undefined && to !== undefined && ((to.value - from.value) * sign > 0 || (to.value === from.value && to.exclusive && !from.exclusive));
  const narrowed = to !== undefined && (from === undefined || tighter);
  const exclusive = { from: from?.exclusive ?? false, to: to?.exclusive ?? false };
  push({ type, payload: { from: from?.value, to: to?.value, narrowed, exclusive }, ...at });
}

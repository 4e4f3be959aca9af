import type { Properties, PropertyValue } from '../../contract.ts';

export type BaseType = 'boolean' | 'long' | 'double' | 'string';

/** A property column's type: a scalar, or a list of one scalar type (what Neo4j can store). */
export interface ColumnType {
  base: BaseType;
  list: boolean;
}

/** A value Neo4j can store as a property: a scalar or a list of one type, without nulls. */
export type StorableValue = string | number | boolean | string[] | number[] | boolean[];

const jsonText = (value: PropertyValue): string =>
  typeof value === 'string' ? value : JSON.stringify(value);

/**
 * The value as Neo4j would store it. Maps and mixed lists have no Neo4j
 * property type, so maps become JSON text and a mixed list a list of text;
 * nulls inside lists are dropped (Neo4j lists cannot hold them).
 */
export function storable(value: PropertyValue): StorableValue | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') return value;
  if (!Array.isArray(value)) return JSON.stringify(value);
  const items = value.filter((item) => item !== null);
  if (items.length > 0 && items.every((item) => typeof item === 'boolean')) return items;
  if (items.length > 0 && items.every((item) => typeof item === 'number')) return items;
  return items.map(jsonText);
}

/** Lists and maps have no GraphML type; they travel as JSON text. */
export function flattenValue(value: PropertyValue): string | number | boolean | null {
  if (value === null || typeof value !== 'object') return value;
  return JSON.stringify(value);
}

const baseOf = (value: string | number | boolean): BaseType =>
  typeof value === 'boolean'
    ? 'boolean'
    : typeof value === 'number'
      ? Number.isSafeInteger(value)
        ? 'long'
        : 'double'
      : 'string';

export function typeOf(value: StorableValue): ColumnType {
  if (!Array.isArray(value)) return { base: baseOf(value), list: false };
  const bases = new Set(value.map(baseOf));
  return { base: bases.size === 0 ? 'string' : widen([...bases]), list: true };
}

function widen(bases: BaseType[]): BaseType {
  const kinds = new Set(bases);
  if (kinds.size === 1) return bases[0] ?? 'string';
  if ([...kinds].every((kind) => kind === 'long' || kind === 'double')) return 'double';
  return 'string';
}

/**
 * One typed column per property key, sorted by key. Types widen when values
 * disagree (long → double → string), and a key that holds a list anywhere is
 * a list column; empty lists say nothing about the item type.
 */
export function propertyColumns(items: { properties: Properties }[]): Map<string, ColumnType> {
  const bases = new Map<string, BaseType[]>();
  const lists = new Set<string>();
  for (const { properties } of items) {
    for (const [key, raw] of Object.entries(properties)) {
      const value = storable(raw);
      if (value === null) continue;
      const type = typeOf(value);
      if (type.list) lists.add(key);
      const seen = bases.get(key) ?? [];
      if (!Array.isArray(value) || value.length > 0) seen.push(type.base);
      bases.set(key, seen);
    }
  }
  return new Map(
    [...bases.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, seen]) => [
        key,
        { base: seen.length === 0 ? 'string' : widen(seen), list: lists.has(key) },
      ]),
  );
}

/** The value converted to its column's type: scalars into one-item lists, numbers into text. */
export function toColumn(value: StorableValue, column: ColumnType): StorableValue {
  const items = Array.isArray(value) ? value : [value];
  const converted =
    column.base === 'string'
      ? items.map(String)
      : column.base === 'double'
        ? items.map(Number)
        : (items as (number | boolean)[]);
  if (column.list) return converted as StorableValue;
  return converted[0] ?? '';
}

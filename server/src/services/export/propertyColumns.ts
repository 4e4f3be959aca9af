import type { Properties, PropertyValue } from '../../contract.ts';

export type ColumnType = 'boolean' | 'long' | 'double' | 'string';

/** Lists and maps have no GraphML or CSV type; they travel as JSON text. */
export function flattenValue(value: PropertyValue): string | number | boolean | null {
  if (value === null || typeof value !== 'object') return value;
  return JSON.stringify(value);
}

function typeOf(value: PropertyValue): ColumnType | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** One typed column per property key, widening (long → double → string) when values disagree. */
export function propertyColumns(items: { properties: Properties }[]): Map<string, ColumnType> {
  const columns = new Map<string, ColumnType>();
  for (const { properties } of items) {
    for (const [key, value] of Object.entries(properties)) {
      const type = typeOf(value);
      if (type === null) continue;
      const previous = columns.get(key);
      if (previous === undefined || previous === type) columns.set(key, type);
      else if (
        new Set([previous, type]).size === 2 &&
        [previous, type].every((t) => t === 'long' || t === 'double')
      )
        columns.set(key, 'double');
      else columns.set(key, 'string');
    }
  }
  return new Map([...columns.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

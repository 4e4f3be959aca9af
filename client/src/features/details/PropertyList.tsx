import type { Properties, PropertyValue } from '../../api/types.ts';

function valueText(value: PropertyValue): string {
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

interface PropertyListProps {
  /** Typed fields the panel shows nowhere else, in this order; null ones are left out. */
  fields: Record<string, string | null>;
  /** The stored properties without a field of their own, listed by name. */
  attributes: Properties;
}

/** The remaining facts about an entity or relationship, as a name–value list. */
export function PropertyList({ fields, attributes }: PropertyListProps) {
  const entries = [
    ...Object.entries(fields).flatMap(([key, value]) =>
      value === null ? [] : [[key, value] as const],
    ),
    ...Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b)),
  ];
  if (entries.length === 0) return null;
  return (
    <dl className="properties">
      {entries.map(([key, value]) => (
        <div key={key} className="property">
          <dt>{key}</dt>
          <dd>{valueText(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

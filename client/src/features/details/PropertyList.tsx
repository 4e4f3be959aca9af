import type { Properties, PropertyValue } from '../../api/types.ts';

/** Evidence arrays are shown as quotes elsewhere; listing them again would drown the rest. */
const SHOWN_ELSEWHERE = /^(evidence|articleIds$|name$|aliases$|aliasesText$|description$)/;

function valueText(value: PropertyValue): string {
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

export function PropertyList({ properties }: { properties: Properties }) {
  const entries = Object.entries(properties).filter(([key]) => !SHOWN_ELSEWHERE.test(key));
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

import { entityStyle, NARRATED_STYLE, STANCE_STYLES } from '../graph/entityStyles.ts';
import { LineSwatch, ShapeSwatch } from './ShapeSwatch.tsx';

interface LegendProps {
  nodeTypes: readonly { type: string; count: number }[];
  edgeTypes: readonly { type: string; count: number }[];
  hiddenNodeTypes: readonly string[];
  hiddenEdgeTypes: readonly string[];
  onChange: (kind: 'node' | 'edge', hiddenTypes: string[]) => void;
}

function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Legend and filters in one: each entity or relationship type is a checkbox that shows or hides it. */
export function Legend({
  nodeTypes,
  edgeTypes,
  hiddenNodeTypes,
  hiddenEdgeTypes,
  onChange,
}: LegendProps) {
  return (
    <div className="legend">
      <fieldset>
        <legend>Entity types</legend>
        {nodeTypes.map(({ type, count }) => {
          const style = entityStyle(type);
          return (
            <label key={type} className="legend-row">
              <input
                type="checkbox"
                checked={!hiddenNodeTypes.includes(type)}
                onChange={() => onChange('node', toggle(hiddenNodeTypes, type))}
              />
              <ShapeSwatch shape={style.shape} color={style.color} />
              <span>{type}</span>
              <span className="count">{count}</span>
            </label>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>Relationship types</legend>
        {edgeTypes.map(({ type, count }) => (
          <label key={type} className="legend-row">
            <input
              type="checkbox"
              checked={!hiddenEdgeTypes.includes(type)}
              onChange={() => onChange('edge', toggle(hiddenEdgeTypes, type))}
            />
            <span>{type}</span>
            <span className="count">{count}</span>
          </label>
        ))}
      </fieldset>
      <div className="legend-key" aria-label="Edge styles">
        <div className="legend-row">
          <LineSwatch color={NARRATED_STYLE.color} lineStyle={NARRATED_STYLE.lineStyle} />
          <span>{NARRATED_STYLE.description}</span>
        </div>
        {Object.entries(STANCE_STYLES).map(([stance, style]) => (
          <div key={stance} className="legend-row">
            <LineSwatch color={style.color} lineStyle={style.lineStyle} />
            <span>{style.description}</span>
          </div>
        ))}
      </div>
    </div>
  );
}

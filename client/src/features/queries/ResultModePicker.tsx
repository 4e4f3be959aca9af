import { useId } from 'react';
import type { ResultMode } from './useQueryRunner.ts';

const LABELS: Record<ResultMode, string> = {
  add: 'Add to canvas',
  replace: 'Replace canvas',
  table: 'Table only',
};

/** The user's choice of where a query's graph goes. */
export function ResultModePicker({
  mode,
  onChange,
}: {
  mode: ResultMode;
  onChange: (mode: ResultMode) => void;
}) {
  const name = useId();
  return (
    <fieldset className="result-mode">
      <legend>Results</legend>
      {(Object.keys(LABELS) as ResultMode[]).map((value) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={mode === value}
            onChange={() => onChange(value)}
          />{' '}
          {LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}

interface PathStepperProps {
  count: number;
  /** The highlighted path, from 0; null when all are highlighted. */
  index: number | null;
  onChoose: (index: number | null) => void;
  onClear: () => void;
}

/** Steps through equally short paths, or shows them all at once; the highlight stays until cleared. */
export function PathStepper({ count, index, onChoose, onClear }: PathStepperProps) {
  if (count < 2) return null;
  return (
    <div className="path-stepper" role="group" aria-label="Shortest paths">
      <button type="button" onClick={() => onChoose((index ?? 0) - 1)} aria-label="Previous path">
        ‹
      </button>
      <span data-testid="path-position" aria-live="polite">
        {index === null
          ? `All ${String(count)} paths`
          : `Path ${String(index + 1)} of ${String(count)}`}
      </span>
      <button
        type="button"
        onClick={() => onChoose(index === null ? 0 : index + 1)}
        aria-label="Next path"
      >
        ›
      </button>
      <button
        type="button"
        aria-pressed={index === null}
        onClick={() => onChoose(index === null ? 0 : null)}
      >
        Show all
      </button>
      <button type="button" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}

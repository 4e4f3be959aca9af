import { useEffect, useState } from 'react';

interface ReplayControlsProps {
  sentenceCount: number;
  /** Last sentence shown, or null when the whole graph is shown. */
  until: number | null;
  onChange: (until: number | null) => void;
}

/** A slider over the article's sentences that rebuilds the graph in reading order; Play steps it. */
export function ReplayControls({ sentenceCount, until, onChange }: ReplayControlsProps) {
  const [playing, setPlaying] = useState(false);
  const last = sentenceCount - 1;
  const value = until ?? last;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = (until ?? -1) + 1;
      if (next >= last) {
        setPlaying(false);
        onChange(null);
      } else onChange(next);
    }, 700);
    return () => clearInterval(timer);
  }, [playing, until, last, onChange]);

  return (
    <div className="replay">
      <button
        type="button"
        onClick={() => {
          if (!playing && until === null) onChange(-1);
          setPlaying(!playing);
        }}
      >
        {playing ? 'Pause' : 'Replay'}
      </button>
      <label>
        <span className="visually-hidden">Replay up to sentence</span>
        <input
          type="range"
          min={-1}
          max={last}
          value={value}
          aria-valuetext={
            until === null
              ? 'whole article'
              : `sentence ${String(value + 1)} of ${String(sentenceCount)}`
          }
          onChange={(event) => {
            const next = Number(event.target.value);
            onChange(next >= last ? null : next);
          }}
        />
      </label>
      <span className="muted replay-label">
        {until === null
          ? 'All sentences'
          : `Up to sentence ${String(value + 1)}/${String(sentenceCount)}`}
      </span>
      {until !== null ? (
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            onChange(null);
          }}
        >
          Show all
        </button>
      ) : null}
    </div>
  );
}

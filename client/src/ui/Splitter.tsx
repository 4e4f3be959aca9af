import type { KeyboardEvent, PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  orientation: 'vertical' | 'horizontal';
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right/down grows the panel, -1 when it shrinks it. */
  direction: 1 | -1;
  onChange: (value: number) => void;
}

/**
 * A draggable divider that resizes the panel beside it. It is a focusable
 * separator, so arrow keys resize it too (Home/End jump to the limits).
 */
export function Splitter({
  label,
  orientation,
  value,
  min,
  max,
  direction,
  onChange,
}: SplitterProps) {
  const clamp = (next: number) => Math.min(max, Math.max(min, Math.round(next)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    const start = orientation === 'vertical' ? event.clientX : event.clientY;
    const startValue = value;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (moveEvent: globalThis.PointerEvent) => {
      const now = orientation === 'vertical' ? moveEvent.clientX : moveEvent.clientY;
      onChange(clamp(startValue + direction * (now - start)));
    };
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const grow = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    const shrink = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    const step = event.shiftKey ? 80 : 20;
    if (event.key === grow) onChange(clamp(value + direction * step));
    else if (event.key === shrink) onChange(clamp(value - direction * step));
    else if (event.key === 'Home') onChange(min);
    else if (event.key === 'End') onChange(max);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className={`splitter splitter-${orientation}`}
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}

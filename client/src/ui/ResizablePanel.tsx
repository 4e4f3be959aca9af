import type { ReactNode } from 'react';
import { PANEL_LIMITS, type ResizableSide } from './panelDefaults.ts';
import { Splitter } from './Splitter.tsx';

interface ResizablePanelProps {
  /** Which side of the canvas the panel sits on; the splitter goes between the two. */
  side: ResizableSide;
  /** The splitter's accessible name, e.g. "Resize the details column". */
  label: string;
  size: number;
  onResize: (size: number) => void;
  /** The panel itself (an aside or the results), which the grid track sizes. */
  children: ReactNode;
}

/**
 * A panel beside the canvas with the splitter that resizes it: the queries
 * and details columns and the results row. Dragging towards the canvas
 * grows the panel, whichever side it is on.
 */
export function ResizablePanel({ side, label, size, onResize, children }: ResizablePanelProps) {
  const { min, max } = PANEL_LIMITS[side];
  const splitter = (
    <Splitter
      label={label}
      orientation={side === 'bottom' ? 'horizontal' : 'vertical'}
      value={size}
      min={min}
      max={max}
      direction={side === 'left' ? 1 : -1}
      onChange={onResize}
    />
  );
  return side === 'left' ? (
    <>
      {children}
      {splitter}
    </>
  ) : (
    <>
      {splitter}
      {children}
    </>
  );
}

import { useCallback, useState } from 'react';
import { initialPanels, initialPanelSizes, type ResizableSide } from '../ui/panelDefaults.ts';

export type PanelKey = keyof ReturnType<typeof initialPanels>;

/** Which panels are open and how big the resizable ones are, with the grid tracks that follow. */
export function usePanels() {
  const [show, setShow] = useState(initialPanels);
  const [sizes, setSizes] = useState(initialPanelSizes);
  const toggle = useCallback(
    (key: PanelKey) => setShow((current) => ({ ...current, [key]: !current[key] })),
    [],
  );
  const open = useCallback(
    (key: PanelKey) => setShow((current) => (current[key] ? current : { ...current, [key]: true })),
    [],
  );
  const resize = useCallback(
    (side: ResizableSide, size: number) => setSizes((current) => ({ ...current, [side]: size })),
    [],
  );
  const columns = [
    show.left ? `${String(sizes.left)}px 6px` : '',
    'minmax(320px, 1fr)',
    show.right ? `6px ${String(sizes.right)}px` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const rows = show.bottom ? `1fr 6px ${String(sizes.bottom)}px` : '1fr';
  return { show, sizes, toggle, open, resize, columns, rows };
}

/**
 * Places boxes (laid-out components) in rows, biggest first, so that the
 * whole is about as wide as it is tall times `aspect`: the "shelf" packing
 * that graph tools use to keep many small components from spreading into
 * one long line or piling onto each other.
 */
export interface Box {
  width: number;
  height: number;
}

export interface Placement {
  /** Where the box's top-left corner goes. */
  x: number;
  y: number;
}

export function packInRows(boxes: readonly Box[], gap: number, aspect = 1.6): Placement[] {
  const area = boxes.reduce((sum, box) => sum + (box.width + gap) * (box.height + gap), 0);
  const widest = boxes.reduce((max, box) => Math.max(max, box.width), 0);
  const rowWidth = Math.max(widest, Math.sqrt(area * aspect));
  const order = boxes
    .map((box, index) => ({ box, index }))
    .sort((a, b) => b.box.height - a.box.height || b.box.width - a.box.width || a.index - b.index);
  const placements: Placement[] = boxes.map(() => ({ x: 0, y: 0 }));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const { box, index } of order) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    placements[index] = { x, y };
    x += box.width + gap;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return placements;
}

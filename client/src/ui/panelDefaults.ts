/** Below this window width both side columns would leave the canvas too narrow to read. */
const NARROW_WINDOW = 1280;
const isNarrow = () => window.innerWidth < NARROW_WINDOW;

export type ResizableSide = 'left' | 'right' | 'bottom';

/** How far each resizable panel may shrink and grow, in CSS px. */
export const PANEL_LIMITS: Record<ResizableSide, { min: number; max: number }> = {
  left: { min: 240, max: 600 },
  right: { min: 260, max: 640 },
  bottom: { min: 80, max: 500 },
};

// On a narrow window the queries column starts closed and the details column narrower, so the
// canvas keeps about 70% of a 1024 px width; the status bar's switches bring the column back.
export const initialPanelSizes = (): Record<ResizableSide, number> => ({
  left: 300,
  right: isNarrow() ? 300 : 360,
  bottom: 160,
});
export const initialPanels = () => ({
  left: !isNarrow(),
  right: true,
  bottom: false,
  export: false,
});

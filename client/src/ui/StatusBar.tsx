export type PanelKey = 'left' | 'right' | 'bottom';

const PANEL_LABELS: Record<PanelKey, string> = {
  left: 'Queries panel',
  right: 'Details panel',
  bottom: 'Results panel',
};

interface StatusBarProps {
  nodeCount: number;
  edgeCount: number;
  /** What the date filter hides, so the counts add up (state/dateFilter.ts); null when off. */
  filterNote?: string | null;
  replayUntil: number | null;
  /** A big view is being laid out and nothing of it is drawn yet (graph/layout/heldLayout.ts). */
  layingOut?: boolean;
  notice: string | null;
  panels: Record<PanelKey, boolean>;
  onTogglePanel: (key: PanelKey) => void;
  onHelp: () => void;
}

/** The live counts, the last message, the switches that show or hide each panel, and the keyboard help. */
export function StatusBar({
  nodeCount,
  edgeCount,
  filterNote = null,
  replayUntil,
  layingOut = false,
  notice,
  panels,
  onTogglePanel,
  onHelp,
}: StatusBarProps) {
  return (
    <footer className="status">
      <p role="status" aria-live="polite" data-testid="graph-status">
        {layingOut
          ? `Laying out ${String(nodeCount)} nodes · ${String(edgeCount)} relationships…`
          : `${String(nodeCount)} nodes · ${String(edgeCount)} relationships shown`}
        {filterNote === null ? '' : ` · ${filterNote}`}
        {replayUntil === null ? '' : ` · replay up to sentence ${String(replayUntil + 1)}`}
      </p>
      <p aria-live="polite" className="notice" data-testid="notice">
        {notice ?? ''}
      </p>
      <div className="panel-switches" role="group" aria-label="Panels">
        {(Object.keys(PANEL_LABELS) as PanelKey[]).map((key) => (
          <button
            key={key}
            type="button"
            aria-pressed={panels[key]}
            onClick={() => onTogglePanel(key)}
          >
            {PANEL_LABELS[key]}
          </button>
        ))}
        <button type="button" aria-haspopup="dialog" onClick={onHelp}>
          Keyboard shortcuts
        </button>
      </div>
    </footer>
  );
}

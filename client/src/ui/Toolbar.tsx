import type { LayoutName } from '../state/viewState.ts';
import { LAYOUT_LABELS } from '../graph/layout/layoutOptions.ts';
import type { Theme } from '../graph/stylesheet.ts';

interface ToolbarProps {
  layout: LayoutName;
  canUndo: boolean;
  canRedo: boolean;
  hasPath: boolean;
  hasHidden: boolean;
  theme: Theme;
  /** "Connect result entities": draw every relationship among the entities shown. */
  connect: boolean;
  onConnect: (on: boolean) => void;
  onLayout: (layout: LayoutName) => void;
  onRelayout: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onFit: () => void;
  onZoom: (factor: number) => void;
  onShowAll: () => void;
  onClearPath: () => void;
  onTheme: (theme: Theme) => void;
}

/** Canvas-wide controls. Every button has a visible or aria name and a keyboard shortcut where one exists. */
export function Toolbar(props: ToolbarProps) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas">
      <label>
        <span className="visually-hidden">Layout</span>
        <select
          aria-label="Layout"
          value={props.layout}
          onChange={(e) => props.onLayout(e.target.value as LayoutName)}
        >
          {(Object.keys(LAYOUT_LABELS) as LayoutName[]).map((name) => (
            <option key={name} value={name}>
              {LAYOUT_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={props.onRelayout} title="Run the layout again">
        Re-layout
      </button>
      <button type="button" onClick={props.onFit} title="Fit the graph (F on the canvas)">
        Fit
      </button>
      <button type="button" onClick={() => props.onZoom(1.25)} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => props.onZoom(0.8)} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={props.onUndo} disabled={!props.canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button
        type="button"
        onClick={props.onRedo}
        disabled={!props.canRedo}
        title="Redo (Ctrl+Shift+Z)"
      >
        Redo
      </button>
      {props.hasHidden ? (
        <button type="button" onClick={props.onShowAll}>
          Show hidden
        </button>
      ) : null}
      {props.hasPath ? (
        <button type="button" onClick={props.onClearPath}>
          Clear path
        </button>
      ) : null}
      <label
        className="toolbar-setting"
        title="Whatever adds entities also draws every relationship among the entities shown"
      >
        <input
          type="checkbox"
          checked={props.connect}
          onChange={(e) => props.onConnect(e.target.checked)}
        />
        Connect result entities
      </label>
      <button
        type="button"
        aria-pressed={props.theme === 'dark'}
        title="Dark theme"
        onClick={() => props.onTheme(props.theme === 'dark' ? 'light' : 'dark')}
      >
        Dark
      </button>
    </div>
  );
}

import { useMemo, useState } from 'react';
import { NodeContextMenu } from '../features/details/NodeContextMenu.tsx';
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import type { Theme } from '../graph/stylesheet.ts';
import { useExplorerContext } from '../state/ExplorerContext.tsx';
import type { Position } from '../state/viewState.ts';
import { PathStepper } from '../ui/PathStepper.tsx';
import { ExportPopover } from './ExportPopover.tsx';
import { useCanvasCommands } from './useCanvasCommands.ts';

interface CanvasAreaProps {
  loadError: string | null;
  theme: Theme;
  evidenceIds: readonly string[];
  replayUntil: number | null;
  showExport: boolean;
  onHelp: () => void;
}

/** The canvas with what floats over it: the load error, the path stepper, the context menu and export. */
export function CanvasArea(props: CanvasAreaProps) {
  const explorer = useExplorerContext();
  const { view, selection, dispatch, setSelection, expand, showMore } = explorer;
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  const onCommand = useCanvasCommands(props.onHelp);
  const handlers = useMemo(
    () => ({
      onSelectionChange: setSelection,
      onExpand: (id: string) => void expand(id),
      onShowMore: (id: string) => void showMore(id),
      onContextMenu: setMenu,
      onPin: (id: string, position: Position, from?: Position) =>
        dispatch({ type: 'pin', id, position, from }),
    }),
    [setSelection, expand, showMore, dispatch],
  );

  return (
    <div className="canvas-wrap">
      {props.loadError ? (
        <p className="error load-error" role="alert">
          Could not load the graph: {props.loadError}
        </p>
      ) : null}
      <GraphCanvas
        view={view}
        theme={props.theme}
        selection={selection}
        evidenceIds={props.evidenceIds}
        replayUntil={props.replayUntil}
        handlers={handlers}
        onCommand={onCommand}
      />
      <PathStepper
        count={view.paths.length}
        index={view.pathIndex}
        onChoose={(index) => dispatch({ type: 'choosePath', index })}
        onClear={() => dispatch({ type: 'clearPath' })}
      />
      {menu ? (
        <NodeContextMenu nodeId={menu.id} x={menu.x} y={menu.y} onClose={() => setMenu(null)} />
      ) : null}
      {props.showExport ? <ExportPopover /> : null}
    </div>
  );
}

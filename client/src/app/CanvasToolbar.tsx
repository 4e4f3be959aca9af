import type { Theme } from '../graph/stylesheet.ts';
import { useGraphActions } from '../graph/useGraphActions.ts';
import { useExplorerContext } from '../state/ExplorerContext.tsx';
import { Toolbar } from '../ui/Toolbar.tsx';

/** The toolbar, wired to the explorer's state and the graph's viewport. */
export function CanvasToolbar({
  theme,
  onTheme,
}: {
  theme: Theme;
  onTheme: (theme: Theme) => void;
}) {
  const explorer = useExplorerContext();
  const { view, dispatch } = explorer;
  const { fit, zoom } = useGraphActions();
  return (
    <Toolbar
      layout={view.layout}
      canUndo={explorer.canUndo}
      canRedo={explorer.canRedo}
      hasPath={view.path !== null}
      hasHidden={view.hidden.length + view.hiddenNodeTypes.length + view.hiddenEdgeTypes.length > 0}
      theme={theme}
      connect={explorer.connect}
      onConnect={explorer.setConnect}
      onLayout={explorer.setLayout}
      onRelayout={() => dispatch({ type: 'relayout' })}
      onUndo={() => dispatch({ type: 'undo' })}
      onRedo={() => dispatch({ type: 'redo' })}
      onFit={fit}
      onZoom={zoom}
      onShowAll={() => dispatch({ type: 'showAll' })}
      onClearPath={() => dispatch({ type: 'clearPath' })}
      onTheme={onTheme}
    />
  );
}

import type { Explorer } from '../../state/useExplorer.ts';
import { useSelectionActions } from '../../state/useSelectionActions.ts';

interface SelectionDetailsProps {
  explorer: Explorer;
  api: Parameters<typeof useSelectionActions>[0];
  nodeIds: string[];
  elementCount: number;
  positionOf: (id: string) => { x: number; y: number } | null;
}

/** What can be done with several selected entities at once; with exactly two, find paths between them. */
export function SelectionDetails(props: SelectionDetailsProps) {
  const { explorer, nodeIds, elementCount, positionOf } = props;
  const actions = useSelectionActions(props.api, explorer);
  const [from = '', to = ''] = nodeIds;
  const allPinned = nodeIds.length > 0 && nodeIds.every((id) => id in explorer.view.pinned);
  return (
    <div className="details" data-testid="selection-details">
      {nodeIds.length === 2 && elementCount === 2 ? (
        <p>
          Selected: <strong>{explorer.nameOf(from)}</strong> and{' '}
          <strong>{explorer.nameOf(to)}</strong>
        </p>
      ) : (
        <p>
          {elementCount} elements selected, {nodeIds.length} of them entities.
        </p>
      )}
      {nodeIds.length === 2 ? (
        <button type="button" onClick={() => void explorer.shortestPath(from, to)}>
          Show shortest path
        </button>
      ) : null}
      {nodeIds.length > 1 ? (
        <div className="button-row">
          <button type="button" onClick={() => void actions.expandAll(nodeIds)}>
            Expand all
          </button>
          <button
            type="button"
            aria-pressed={allPinned}
            onClick={() =>
              allPinned ? actions.unpinAll(nodeIds) : actions.pinAll(nodeIds, positionOf)
            }
          >
            {allPinned ? 'Unpin all' : 'Pin all'}
          </button>
          <button type="button" onClick={() => void actions.connectAmong(nodeIds)}>
            Connect among selection
          </button>
          <button type="button" onClick={() => explorer.hide(nodeIds)}>
            Hide selected
          </button>
          <button type="button" onClick={() => explorer.remove(nodeIds)}>
            Remove selected
          </button>
        </div>
      ) : null}
    </div>
  );
}

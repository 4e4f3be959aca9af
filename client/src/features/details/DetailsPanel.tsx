import { useApi } from '../../api/ApiContext.tsx';
import { useGraphActions } from '../../graph/useGraphActions.ts';
import { useExplorerContext } from '../../state/ExplorerContext.tsx';
import { useNodeCommands } from '../../state/useNodeCommands.ts';
import { EdgeDetails } from './EdgeDetails.tsx';
import type { EvidenceFocus } from './evidence.ts';
import { NodeDetails } from './NodeDetails.tsx';
import { SelectionDetails } from './SelectionDetails.tsx';

interface DetailsPanelProps {
  onEvidence: (focus: EvidenceFocus, relationshipId: string) => void;
}

/** What the selection is: one entity, one relationship, or two entities to find a path between. */
export function DetailsPanel({ onEvidence }: DetailsPanelProps) {
  const explorer = useExplorerContext();
  const { positionOf } = useGraphActions();
  const { view, selection } = explorer;
  const api = useApi();
  const nodeIds = selection.filter((id) => id in view.nodes);
  const edgeIds = selection.filter((id) => id in view.edges);
  const single = nodeIds.length === 1 && edgeIds.length === 0 ? (nodeIds[0] ?? null) : null;
  const commands = useNodeCommands(single);
  const select = (id: string) => void explorer.addAndFocus(id);

  if (single !== null) {
    const onCanvas = Object.values(view.edges)
      .filter((e) => e.source === single || e.target === single)
      .flatMap((edge) => {
        const other = view.nodes[edge.source === single ? edge.target : edge.source];
        return other ? [{ edge, other }] : [];
      });
    return (
      <NodeDetails
        nodeId={single}
        pinned={single in view.pinned}
        onCanvas={onCanvas}
        onSelect={select}
        onSelectRelationship={(edgeId) => explorer.setSelection([edgeId])}
        onEvidence={onEvidence}
        expandLimit={explorer.expandLimit}
        onExpandLimitChange={explorer.setExpandLimit}
        commands={commands}
      />
    );
  }
  if (edgeIds.length === 1 && nodeIds.length === 0) {
    return <EdgeDetails edgeId={edgeIds[0] ?? ''} onSelect={select} onEvidence={onEvidence} />;
  }
  if (selection.length > 1) {
    return (
      <SelectionDetails
        explorer={explorer}
        api={api}
        nodeIds={nodeIds}
        elementCount={selection.length}
        positionOf={positionOf}
      />
    );
  }
  return (
    <p className="muted">
      Select an entity or a relationship on the canvas (click, or focus the canvas and use the arrow
      keys). Shift-click a second entity to find a path between them.
    </p>
  );
}

import { useState, type ReactNode } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import type { MergeResultDto } from '../../api/types.ts';
import { MergeArea } from '../../app/MergeArea.tsx';
import { useGraphActions } from '../../graph/useGraphActions.ts';
import { useExplorerContext } from '../../state/ExplorerContext.tsx';
import { useNodeCommands } from '../../state/useNodeCommands.ts';
import { EdgeDetails } from './EdgeDetails.tsx';
import type { EvidenceFocus } from './evidence.ts';
import { NodeDetails } from './NodeDetails.tsx';
import { SelectionDetails } from './SelectionDetails.tsx';

interface DetailsPanelProps {
  onEvidence: (focus: EvidenceFocus, relationshipId: string) => void;
  /** Authoring mode is on: an entity can be merged into another. */
  authoring?: boolean;
}

/** What the selection is: one entity, one relationship, or two entities to find a path between. */
export function DetailsPanel({ onEvidence, authoring = false }: DetailsPanelProps) {
  const explorer = useExplorerContext();
  const { positionOf } = useGraphActions();
  const { view, selection } = explorer;
  const api = useApi();
  const nodeIds = selection.filter((id) => id in view.nodes);
  const edgeIds = selection.filter((id) => id in view.edges);
  const single = nodeIds.length === 1 && edgeIds.length === 0 ? (nodeIds[0] ?? null) : null;
  const commands = useNodeCommands(single);
  const select = (id: string) => void explorer.addAndFocus(id);
  const [lastMerge, setLastMerge] = useState<MergeResultDto | null>(null);
  const singleNode = single === null ? undefined : view.nodes[single];
  const merge = (
    <MergeArea
      authoring={authoring}
      entity={
        singleNode ? { id: singleNode.id, name: singleNode.name, type: singleNode.type } : null
      }
      lastMerge={lastMerge}
      onMerged={(result) => {
        setLastMerge(result);
        // The merged id is gone from the graph: the kept entity takes its place on the canvas.
        explorer.remove([result.from.id]);
        void explorer.addAndFocus(result.into.id);
      }}
      onUndone={(result) => {
        setLastMerge(null);
        void explorer.addAndFocus(result.from.id);
      }}
    />
  );
  const withMerge = (details: ReactNode) => (
    <>
      {details}
      {merge}
    </>
  );

  if (single !== null) {
    const onCanvas = Object.values(view.edges)
      .filter((e) => e.source === single || e.target === single)
      .flatMap((edge) => {
        const other = view.nodes[edge.source === single ? edge.target : edge.source];
        return other ? [{ edge, other }] : [];
      });
    return withMerge(
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
      />,
    );
  }
  if (edgeIds.length === 1 && nodeIds.length === 0) {
    return withMerge(
      <EdgeDetails edgeId={edgeIds[0] ?? ''} onSelect={select} onEvidence={onEvidence} />,
    );
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
  return withMerge(
    <p className="muted">
      Select an entity or a relationship on the canvas (click, or focus the canvas and use the arrow
      keys). Shift-click a second entity to find a path between them.
    </p>,
  );
}

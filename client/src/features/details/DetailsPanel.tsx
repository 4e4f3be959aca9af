import type { Explorer } from '../../state/useExplorer.ts';
import { EdgeDetails } from './EdgeDetails.tsx';
import type { EvidenceFocus } from './evidence.ts';
import { NodeDetails } from './NodeDetails.tsx';
import { SelectionDetails } from './SelectionDetails.tsx';
import { useApi } from '../../api/ApiContext.tsx';

interface DetailsPanelProps {
  explorer: Explorer;
  positionOf: (id: string) => { x: number; y: number } | null;
  onEvidence: (focus: EvidenceFocus, relationshipId: string) => void;
}

/** What the selection is: one entity, one relationship, or two entities to find a path between. */
export function DetailsPanel({ explorer, positionOf, onEvidence }: DetailsPanelProps) {
  const { view, selection } = explorer;
  const api = useApi();
  const nodeIds = selection.filter((id) => id in view.nodes);
  const edgeIds = selection.filter((id) => id in view.edges);
  const select = (id: string) => void explorer.addAndFocus(id);

  if (nodeIds.length === 1 && edgeIds.length === 0) {
    const id = nodeIds[0] ?? '';
    const onCanvas = Object.values(view.edges)
      .filter((e) => e.source === id || e.target === id)
      .flatMap((edge) => {
        const other = view.nodes[edge.source === id ? edge.target : edge.source];
        return other ? [{ edge, other }] : [];
      });
    return (
      <NodeDetails
        nodeId={id}
        pinned={id in view.pinned}
        onCanvas={onCanvas}
        onSelect={select}
        onSelectRelationship={(edgeId) => explorer.setSelection([edgeId])}
        onEvidence={onEvidence}
        expandLimit={explorer.expandLimit}
        onExpandLimitChange={explorer.setExpandLimit}
        commands={{
          expand: (filter) => void explorer.expand(id, filter),
          collapse: () => explorer.collapse(id),
          hide: () => explorer.hide([id]),
          remove: () => explorer.remove([id]),
          togglePin: () => explorer.togglePin(id, positionOf(id)),
        }}
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

import { useApi } from '../../api/ApiContext.tsx';
import { useResource } from '../../api/useResource.ts';
import { relationshipLabel } from '../../domain/entities.ts';
import type { Explorer } from '../../state/useExplorer.ts';
import { ContextMenu, type MenuItem } from '../../ui/ContextMenu.tsx';

interface NodeContextMenuProps {
  nodeId: string;
  x: number;
  y: number;
  explorer: Explorer;
  positionOf: (id: string) => { x: number; y: number } | null;
  onClose: () => void;
}

/** Right-click (or Shift+F10) on an entity: every canvas action, expansion by type and direction included. */
export function NodeContextMenu({
  nodeId,
  x,
  y,
  explorer,
  positionOf,
  onClose,
}: NodeContextMenuProps) {
  const api = useApi();
  const details = useResource(nodeId, (signal) => api.node(nodeId, signal));
  const counts = details.status === 'ready' ? details.data.neighbourCounts : [];
  const pinned = nodeId in explorer.view.pinned;
  const others = explorer.selection.filter((id) => id !== nodeId && id in explorer.view.nodes);
  const items: MenuItem[] = [
    { label: 'Expand all', onSelect: () => void explorer.expand(nodeId) },
    ...counts.map(({ type, direction, count }) => ({
      label: `Expand ${direction === 'out' ? '→' : '←'} ${relationshipLabel(type)} (${String(count)})`,
      onSelect: () => void explorer.expand(nodeId, { relationshipType: type, direction }),
    })),
    { label: 'Collapse', onSelect: () => explorer.collapse(nodeId) },
    {
      label: pinned ? 'Unpin' : 'Pin here',
      onSelect: () => explorer.togglePin(nodeId, positionOf(nodeId)),
    },
    { label: 'Hide', onSelect: () => explorer.hide([nodeId]) },
    { label: 'Remove', onSelect: () => explorer.remove([nodeId]) },
    {
      label: others[0]
        ? `Shortest path to ${explorer.nameOf(others[0])}`
        : 'Shortest path (select another entity first)',
      disabled: !others[0],
      onSelect: () => others[0] && void explorer.shortestPath(others[0], nodeId),
    },
  ];
  return (
    <ContextMenu
      label={`Actions for ${explorer.nameOf(nodeId)}`}
      x={x}
      y={y}
      items={items}
      onClose={onClose}
    />
  );
}

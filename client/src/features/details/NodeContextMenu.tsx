import { useNodeDetails } from '../../api/resources.ts';
import { relationshipLabel } from '../../domain/entities.ts';
import { useExplorerContext } from '../../state/ExplorerContext.tsx';
import { useNodeCommands } from '../../state/useNodeCommands.ts';
import { ContextMenu, type MenuItem } from '../../ui/ContextMenu.tsx';

interface NodeContextMenuProps {
  nodeId: string;
  x: number;
  y: number;
  onClose: () => void;
}

/** Right-click (or Shift+F10) on an entity: every canvas action, expansion by type and direction included. */
export function NodeContextMenu({ nodeId, x, y, onClose }: NodeContextMenuProps) {
  const explorer = useExplorerContext();
  const commands = useNodeCommands(nodeId);
  const details = useNodeDetails(nodeId);
  const counts = details.status === 'ready' ? details.data.neighbourCounts : [];
  const pinned = nodeId in explorer.view.pinned;
  const others = explorer.selection.filter((id) => id !== nodeId && id in explorer.view.nodes);
  const items: MenuItem[] = [
    { label: 'Expand all', onSelect: () => commands.expand() },
    ...counts.map(({ type, direction, count }) => ({
      label: `Expand ${direction === 'out' ? '→' : '←'} ${relationshipLabel(type)} (${String(count)})`,
      onSelect: () => commands.expand({ relationshipType: type, direction }),
    })),
    { label: 'Collapse', onSelect: commands.collapse },
    { label: pinned ? 'Unpin' : 'Pin here', onSelect: commands.togglePin },
    { label: 'Hide', onSelect: commands.hide },
    { label: 'Remove', onSelect: commands.remove },
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

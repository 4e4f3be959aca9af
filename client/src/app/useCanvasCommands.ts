import type { CanvasCommand } from '../graph/useCanvasKeys.ts';
import { useGraphActions } from '../graph/useGraphActions.ts';
import { useExplorerContext } from '../state/ExplorerContext.tsx';
import { useNodeCommands } from '../state/useNodeCommands.ts';

/** What a canvas key does: fit, help, or a node command on the selected entity. */
export function useCanvasCommands(onHelp: () => void): (command: CanvasCommand) => void {
  const { view, selection } = useExplorerContext();
  const { fit } = useGraphActions();
  const commands = useNodeCommands(selection.find((id) => id in view.nodes) ?? null);
  return (command) => {
    switch (command) {
      case 'fit':
        fit();
        return;
      case 'help':
        onHelp();
        return;
      case 'expand':
        commands.expand();
        return;
      case 'remove':
        commands.remove();
        return;
      case 'hide':
        commands.hide();
        return;
      case 'pin':
        commands.togglePin();
        return;
      case 'collapse':
        commands.collapse();
        return;
    }
  };
}

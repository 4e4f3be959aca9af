import { useEffect, useRef } from 'react';

/** The keyboard map, one row per key; README's "Keyboard" section says the same. */
export const SHORTCUTS: readonly (readonly [keys: string, action: string])[] = [
  ['Tab', 'From the page start, the first stop is “Skip to graph”'],
  [
    '← → ↑ ↓',
    'Select the neighbour in that direction along a relationship (else the nearest entity that way); with nothing selected, the entity nearest the middle',
  ],
  [']  [', 'Next / previous neighbour of the entity, clockwise'],
  ['R  Shift+R', 'Next / previous relationship of the entity'],
  ['Enter', 'Expand the selected entity'],
  ['H', 'Hide the selected entity'],
  ['P', 'Pin or unpin the selected entity'],
  ['C', 'Collapse: remove the neighbours only it holds'],
  ['Delete', 'Remove the selected entity'],
  ['Shift+F10', 'Open the menu of the selected entity'],
  ['F', 'Fit the whole graph'],
  ['+  −', 'Zoom in / out around the selection'],
  ['Escape', 'Clear the selection; close a menu or dialog'],
  ['Ctrl+Z  Ctrl+Shift+Z', 'Undo / redo'],
  ['?', 'Show this list'],
];

/**
 * The keyboard help, as a modal dialog: the browser keeps focus inside it,
 * Escape or Close closes it, and focus then goes back to whatever opened it.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement | null>(null);
  const latestOnClose = useRef(onClose);
  useEffect(() => {
    latestOnClose.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    // Escape asks to close: the app decides, by unmounting the dialog. (The native close event
    // arrives a task late, and after StrictMode's second mount it can belong to the first.)
    const cancel = (event: Event) => {
      event.preventDefault();
      latestOnClose.current();
    };
    dialog.addEventListener('cancel', cancel);
    dialog.showModal();
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected)
        opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p>On the graph canvas (click it, or Tab to it):</p>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" autoFocus onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}

import type { Core, EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { MORE_PREFIX } from './toElements.ts';

export interface GraphEventHandlers {
  onSelectionChange: (ids: string[]) => void;
  onExpand: (nodeId: string) => void;
  onShowMore: (anchorId: string) => void;
  onContextMenu: (target: { id: string; x: number; y: number }) => void;
  /** A node was dropped after a drag: it stays where the user put it; `from` is where the drag began. */
  onPin: (
    nodeId: string,
    position: { x: number; y: number },
    from?: { x: number; y: number },
  ) => void;
}

/**
 * Wires Cytoscape events to the app once per cy instance. The handlers are
 * read from a ref, so new closures on every render cost nothing.
 */
export function useGraphEvents(
  cy: Core | null,
  handlers: GraphEventHandlers,
  syncingSelection: { current: boolean },
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!cy) return;
    let pending = 0;
    // Selecting many elements fires one event each; report the result once per frame.
    const reportSelection = () => {
      if (syncingSelection.current || pending) return;
      pending = requestAnimationFrame(() => {
        pending = 0;
        const ids = cy
          .elements(':selected')
          .filter((ele) => !ele.id().startsWith(MORE_PREFIX))
          .map((ele) => ele.id());
        latest.current.onSelectionChange(ids);
      });
    };
    // What the last two taps landed on (null: the background). Cytoscape reports a
    // double tap for any two quick taps, even a background tap then a node tap.
    let taps: [string | null, string | null] = [null, null];
    // Cytoscape swallows the mouse-down that would focus the canvas; without focus, the
    // keyboard shortcuts (H, Delete, Enter…) would go to the page after a click.
    const focusCanvas = () => cy.container()?.focus({ preventScroll: true });
    const onTap = (event: EventObject) => {
      const target = event.target as Core | { id(): string; hasClass(c: string): boolean };
      const onElement = target !== cy && 'hasClass' in target;
      taps = [taps[1], onElement ? target.id() : null];
      if (onElement && target.hasClass('more')) {
        latest.current.onShowMore(target.id().slice(MORE_PREFIX.length));
      }
    };
    const onDoubleTap = (event: EventObject) => {
      const id = (event.target as { id(): string }).id();
      // The tap event of this second tap came first, so taps[0] is the first tap's target.
      if (taps[0] !== id) return;
      if (!id.startsWith(MORE_PREFIX)) latest.current.onExpand(id);
    };
    const onContext = (event: EventObject) => {
      const node = event.target as { id(): string; hasClass(c: string): boolean };
      if (node.hasClass('more')) return;
      latest.current.onContextMenu({
        id: node.id(),
        x: event.renderedPosition.x,
        y: event.renderedPosition.y,
      });
    };
    // Where each grabbed node was, so that undoing the drag's pin can put it back.
    const dragOrigins = new Map<string, { x: number; y: number }>();
    type Draggable = { id(): string; position(): { x: number; y: number } };
    const onGrab = (event: EventObject) => {
      const node = event.target as Draggable;
      const { x, y } = node.position();
      dragOrigins.set(node.id(), { x, y });
    };
    const onDragFree = (event: EventObject) => {
      const node = event.target as Draggable;
      if (node.id().startsWith(MORE_PREFIX)) return;
      const { x, y } = node.position();
      const from = dragOrigins.get(node.id());
      dragOrigins.delete(node.id());
      latest.current.onPin(node.id(), { x, y }, from);
    };
    cy.on('tapstart cxttapstart', focusCanvas);
    cy.on('select unselect', reportSelection);
    cy.on('tap', onTap);
    cy.on('dbltap', 'node', onDoubleTap);
    cy.on('cxttap', 'node', onContext);
    cy.on('grab', 'node', onGrab);
    cy.on('dragfree', 'node', onDragFree);
    return () => {
      cancelAnimationFrame(pending);
      cy.off('tapstart cxttapstart', focusCanvas);
      cy.off('select unselect', reportSelection);
      cy.off('tap', onTap);
      cy.off('dbltap', 'node', onDoubleTap);
      cy.off('cxttap', 'node', onContext);
      cy.off('grab', 'node', onGrab);
      cy.off('dragfree', 'node', onDragFree);
    };
  }, [cy, syncingSelection]);
}

import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { LayoutTracker } from '../../graph/layout/layoutTracker.ts';

/** The classes that take an element out of the drawing (and so out of an export). */
const NOT_DRAWN = '.hidden, .filtered';

/**
 * A number that changes whenever what an export would draw may have changed
 * while the export form is open: elements added or removed, a layout
 * finished, a node dragged, the selection changed (for "selection only"), or
 * entities hidden or shown. Hover and highlight classes change often and draw
 * nothing different, so class changes count only when the hidden set's size
 * changes.
 */
export function useCanvasVersion(cy: Core | null, tracker: LayoutTracker): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!cy) return undefined;
    const bump = () => setVersion((v) => v + 1);
    let hiddenCount = cy.$(NOT_DRAWN).length;
    const onClass = () => {
      const count = cy.$(NOT_DRAWN).length;
      if (count === hiddenCount) return;
      hiddenCount = count;
      bump();
    };
    const events = 'add remove dragfree select unselect';
    cy.on(events, bump);
    cy.on('class', onClass);
    const stopListening = tracker.onFinished(bump);
    return () => {
      cy.off(events, bump);
      cy.off('class', onClass);
      stopListening();
    };
  }, [cy, tracker]);
  return version;
}

import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useState } from 'react';

interface Tip {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Drawn above `y` rather than below it. */
  above: boolean;
}

/** Matches .label-tooltip's max-width; the height is room for three lines. */
const TIP_MAX_WIDTH = 320;
const TIP_ROOM = 64;

/** The full name of a node whose canvas label was shortened (claims are whole sentences), or null. */
function tipFor(node: NodeSingular): Tip | null {
  const name = node.data('name') as string | undefined;
  if (!name || name === node.data('label')) return null;
  const box = node.renderedBoundingBox({ includeLabels: true });
  const cy = node.cy();
  // Kept inside the canvas: half the tip's CSS max-width from the sides, above the node near the bottom.
  const half = Math.min(TIP_MAX_WIDTH / 2, cy.width() / 2);
  const x = Math.min(Math.max((box.x1 + box.x2) / 2, half), cy.width() - half);
  const below = box.y2 + 4 + TIP_ROOM < cy.height();
  return { id: node.id(), text: name, x, y: below ? box.y2 + 4 : box.y1 - 4, above: !below };
}

/**
 * Shows the full name of a shortened label under its node: while the
 * pointer is over the node, and while the node is the one selected entity
 * and the canvas has keyboard focus. Screen readers hear the full name from
 * the selection announcement, so the tip itself is aria-hidden.
 */
export function LabelTooltip({ cy, selection }: { cy: Core | null; selection: readonly string[] }) {
  const [hovered, setHovered] = useState<Tip | null>(null);
  const [focused, setFocused] = useState<Tip | null>(null);

  useEffect(() => {
    if (!cy) return;
    const over = (event: EventObject) => setHovered(tipFor(event.target as NodeSingular));
    const out = () => setHovered(null);
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    cy.on('viewport', out);
    return () => {
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', out);
      cy.off('viewport', out);
    };
  }, [cy]);

  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container) return;
    const update = () => {
      const only = selection.length === 1 ? cy.getElementById(selection[0] ?? '') : null;
      const hasFocus = document.activeElement === container;
      setFocused(hasFocus && only?.nonempty() && only.isNode() ? tipFor(only) : null);
    };
    update();
    container.addEventListener('focus', update);
    container.addEventListener('blur', update);
    // The tip follows the node when the view moves, and after layouts.
    cy.on('viewport position', update);
    return () => {
      container.removeEventListener('focus', update);
      container.removeEventListener('blur', update);
      cy.off('viewport position', update);
    };
  }, [cy, selection]);

  const tip = hovered ?? focused;
  if (!tip) return null;
  return (
    <div
      className="label-tooltip"
      aria-hidden="true"
      data-testid="label-tooltip"
      style={{
        left: tip.x,
        top: tip.y,
        transform: `translate(-50%, ${tip.above ? '-100%' : '0'})`,
      }}
    >
      {tip.text}
    </div>
  );
}

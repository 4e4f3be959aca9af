import type { Collection, CollectionArgument, Core, EdgeCollection, NodeSingular } from 'cytoscape';
import { useRef, type KeyboardEvent } from 'react';
import {
  ARROW_KEYS,
  clockwise,
  cycle,
  nearestInDirection,
  type Candidate,
} from './keyboardNavigation.ts';
import { bringIntoView, zoomBy } from './viewport.ts';

export type CanvasCommand = 'expand' | 'remove' | 'hide' | 'pin' | 'collapse' | 'fit' | 'help';

/** Letter keys are matched case-insensitively, so Caps Lock does not break them. */
const KEYS: Record<string, CanvasCommand> = {
  enter: 'expand',
  delete: 'remove',
  h: 'hide',
  p: 'pin',
  c: 'collapse',
  f: 'fit',
  '?': 'help',
};

interface CanvasKeyOptions {
  onSelect: (ids: string[]) => void;
  onCommand: (command: CanvasCommand) => void;
  onContextMenu: (target: { id: string; x: number; y: number }) => void;
}

const entities = (cy: Core): Collection => cy.nodes(':visible').not('.more');
const relationshipsOf = (node: NodeSingular): EdgeCollection =>
  node.connectedEdges(':visible').not('.more');
/** Entities one visible relationship away (a relationship of a hidden type does not count). */
const neighboursOf = (node: NodeSingular): CollectionArgument =>
  relationshipsOf(node).connectedNodes().not(node);

const candidatesOf = (eles: CollectionArgument): Candidate[] =>
  eles.map((ele) => {
    const at = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
    return { id: ele.id(), x: at.x, y: at.y };
  });

/**
 * The canvas's keyboard map (README "Keyboard"; the help dialog lists it):
 * arrows walk along relationships to the neighbour in that screen direction
 * (else to the nearest entity that way), `]`/`[` step clockwise through the
 * entity's neighbours and R / Shift+R through its relationships, Enter
 * expands, H hides, P pins, C collapses, Delete removes, F fits, + and −
 * zoom, Shift+F10 opens the menu, Escape clears the selection, ? shows help.
 */
export function useCanvasKeys(cy: Core | null, options: CanvasKeyOptions) {
  // The entity whose neighbours or relationships `]`/`[`/R are stepping through, and the last
  // element they picked: while that is still the selection, the walk goes on from the same entity.
  const walk = useRef<{ anchorId: string; lastId: string } | null>(null);

  const select = (core: Core, id: string) => {
    options.onSelect([id]);
    bringIntoView(core, core.getElementById(id));
  };

  const arrow = (core: Core, key: string): boolean => {
    const direction = ARROW_KEYS[key];
    if (!direction) return false;
    const selected = core.elements(':selected:visible').first();
    const all = entities(core);
    if (selected.empty()) {
      // Nothing selected yet: start at the entity nearest the middle of the view.
      const middle = { x: core.width() / 2, y: core.height() / 2 };
      const nearest = candidatesOf(all).sort(
        (a, b) =>
          Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y),
      )[0];
      if (nearest) select(core, nearest.id);
      return true;
    }
    const from = candidatesOf(selected)[0];
    if (!from) return true;
    const near = selected.isNode() ? neighboursOf(selected) : selected.connectedNodes();
    const next =
      nearestInDirection(from, candidatesOf(near), direction) ??
      nearestInDirection(from, candidatesOf(all.not(selected)), direction);
    if (next) select(core, next);
    return true;
  };

  const step = (core: Core, what: 'neighbours' | 'relationships', by: 1 | -1) => {
    const current = core.elements(':selected:visible').first();
    if (current.empty()) return;
    const continuing = walk.current?.lastId === current.id();
    const anchorId =
      continuing && walk.current
        ? walk.current.anchorId
        : current.isNode()
          ? current.id()
          : current.source().id();
    const anchor = core.getElementById(anchorId) as unknown as NodeSingular;
    if (anchor.empty()) return;
    const pool = what === 'neighbours' ? neighboursOf(anchor) : relationshipsOf(anchor);
    const centre = anchor.renderedPosition();
    const order = clockwise(centre, candidatesOf(pool)).map((c) => c.id);
    const next = cycle(order, continuing ? current.id() : undefined, by);
    if (!next) return;
    walk.current = { anchorId, lastId: next };
    select(core, next);
  };

  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (!cy || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (arrow(cy, event.key)) {
      // handled
    } else if (key === ']' || key === '[') step(cy, 'neighbours', key === ']' ? 1 : -1);
    else if (key === 'r') step(cy, 'relationships', event.shiftKey ? -1 : 1);
    else if (key === 'Escape') options.onSelect([]);
    else if (key === '+' || key === '=') zoomBy(cy, 1.25);
    else if (key === '-') zoomBy(cy, 0.8);
    else if (key === 'ContextMenu' || (key === 'F10' && event.shiftKey)) {
      const node = cy.nodes(':selected').first();
      if (node.empty()) return;
      const { x, y } = node.renderedPosition();
      options.onContextMenu({ id: node.id(), x, y });
    } else {
      const command = KEYS[key.toLowerCase()];
      if (!command) return;
      options.onCommand(command);
    }
    event.preventDefault();
  };
}

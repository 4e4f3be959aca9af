import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { entityTypeOf, type ViewState } from '../state/viewState.ts';
import { applyEvidenceHighlight, applyReplay } from './replay.ts';
import { buildStylesheet, LARGE_GRAPH_ELEMENTS, type Theme } from './stylesheet.ts';
import { useCytoscape } from './useCytoscape.ts';
import { useGraphEvents, type GraphEventHandlers } from './useGraphEvents.ts';
import type { LayoutTracker } from './layoutTracker.ts';
import { useSyncView } from './useRunLayout.ts';

export type CanvasCommand = 'expand' | 'remove' | 'hide' | 'pin' | 'collapse' | 'fit';

interface GraphCanvasProps {
  view: ViewState;
  theme: Theme;
  selection: readonly string[];
  evidenceIds: readonly string[];
  replayUntil: number | null;
  handlers: GraphEventHandlers;
  tracker: LayoutTracker;
  onReady: (cy: Core | null) => void;
  onCommand: (command: CanvasCommand) => void;
}

const KEYS: Record<string, CanvasCommand> = {
  Enter: 'expand',
  Delete: 'remove',
  h: 'hide',
  p: 'pin',
  c: 'collapse',
  f: 'fit',
};

/** The Cytoscape canvas. Keyboard: arrows move the selection, Enter expands, Shift+F10 opens the menu. */
export function GraphCanvas(props: GraphCanvasProps) {
  const { view, theme, selection, evidenceIds, replayUntil, handlers, tracker, onReady } = props;
  const { containerRef, cy } = useCytoscape();
  const syncingSelection = useRef(false);

  useEffect(() => {
    onReady(cy);
  }, [cy, onReady]);

  const typesKey = useMemo(
    () => [...new Set(Object.values(view.nodes).map(entityTypeOf))].sort().join('\n'),
    [view.nodes],
  );
  const large = useMemo(
    () => Object.keys(view.nodes).length + Object.keys(view.edges).length >= LARGE_GRAPH_ELEMENTS,
    [view.nodes, view.edges],
  );
  // Declared before useSyncView on purpose: a new stylesheet applies before new elements arrive.
  useEffect(() => {
    cy?.style(buildStylesheet(theme, typesKey ? typesKey.split('\n') : [], large));
  }, [cy, theme, typesKey, large]);

  useSyncView(cy, view, tracker);
  useGraphEvents(cy, handlers, syncingSelection);

  useEffect(() => {
    if (!cy) return;
    syncingSelection.current = true;
    const wanted = new Set(selection);
    cy.batch(() => {
      cy.elements(':selected').forEach((ele) => {
        if (!wanted.has(ele.id())) ele.unselect();
      });
      for (const id of selection) cy.getElementById(id).select();
    });
    syncingSelection.current = false;
  }, [cy, selection, view]);

  useEffect(() => {
    if (cy) applyReplay(cy, replayUntil);
  }, [cy, replayUntil, view]);

  useEffect(() => {
    if (cy) applyEvidenceHighlight(cy, evidenceIds);
  }, [cy, evidenceIds, view]);

  const moveSelection = (step: number) => {
    if (!cy) return;
    const nodes = cy
      .nodes(':visible')
      .not('.more')
      .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
    if (nodes.empty()) return;
    const current = nodes.toArray().findIndex((node) => node.selected());
    const next = nodes[(current + step + nodes.length) % nodes.length];
    if (!next) return;
    handlers.onSelectionChange([next.id()]);
    cy.animate({ center: { eles: next } }, { duration: 150 });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!cy || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') moveSelection(1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') moveSelection(-1);
    else if (event.key === 'Escape') handlers.onSelectionChange([]);
    else if (event.key === '+' || event.key === '=') cy.zoom(cy.zoom() * 1.2);
    else if (event.key === '-') cy.zoom(cy.zoom() / 1.2);
    else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      const node = cy.nodes(':selected').first();
      if (node.empty()) return;
      const { x, y } = node.renderedPosition();
      handlers.onContextMenu({ id: node.id(), x, y });
    } else {
      const command = KEYS[event.key];
      if (!command) return;
      props.onCommand(command);
    }
    event.preventDefault();
  };

  return (
    <>
      <div
        ref={containerRef}
        className="graph-canvas"
        role="application"
        aria-label="Graph canvas"
        aria-describedby="graph-keys"
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="graph-canvas"
      />
      <p id="graph-keys" className="visually-hidden">
        Arrow keys select the next entity, Enter expands it, P pins, H hides, C collapses, Delete
        removes, Shift+F10 opens its menu, F fits, plus and minus zoom.
      </p>
    </>
  );
}

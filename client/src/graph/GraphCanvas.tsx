import { useEffect, useMemo, useRef } from 'react';
import { entityTypeOf } from '../domain/entities.ts';
import type { ViewState } from '../state/viewState.ts';
import { describeSelection } from './announce.ts';
import { useGraph, type FocusRequest } from './GraphContext.tsx';
import { LabelTooltip } from './LabelTooltip.tsx';
import { applyEvidenceHighlight, applyReplay, drawnCounts } from './replay.ts';
import { buildStylesheet, LARGE_GRAPH_ELEMENTS, type Theme } from './stylesheet.ts';
import { useCanvasKeys, type CanvasCommand } from './useCanvasKeys.ts';
import { useCytoscape } from './useCytoscape.ts';
import { useGraphEvents, type GraphEventHandlers } from './useGraphEvents.ts';
import { useSyncView } from './layout/useSyncView.ts';
import { centreOn } from './viewport.ts';

export type { CanvasCommand } from './useCanvasKeys.ts';

/** The DOM id of the canvas, which the "Skip to graph" link targets. */
export const CANVAS_ID = 'graph-canvas';

interface GraphCanvasProps {
  view: ViewState;
  theme: Theme;
  selection: readonly string[];
  evidenceIds: readonly string[];
  replayUntil: number | null;
  handlers: GraphEventHandlers;
  onCommand: (command: CanvasCommand) => void;
}

/**
 * The Cytoscape canvas, its keyboard map (useCanvasKeys.ts) and its
 * screen-reader announcements. It creates the instance and publishes it to
 * the graph context (GraphContext.tsx), where the rest of the app reads it.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { view, theme, selection, evidenceIds, replayUntil, handlers } = props;
  const { cy, tracker, focusRequest, layingOut, attach, setLayingOut } = useGraph();
  const containerRef = useCytoscape(attach);
  const syncingSelection = useRef(false);
  const pendingFocus = useRef<FocusRequest | null>(null);
  const announcer = useRef<HTMLParagraphElement | null>(null);

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

  useSyncView(cy, view, tracker, setLayingOut);
  // The same counts as the status line: what will be drawn, "N more" placeholders and replay aside.
  const { nodeCount, edgeCount } = drawnCounts(view, replayUntil);
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
    // Written straight to the live region, and only when it changes: a re-render alone must not
    // make screen readers repeat it.
    const region = announcer.current;
    const text = describeSelection(cy, selection);
    if (region && region.textContent !== text) region.textContent = text;
  }, [cy, selection, view]);

  useEffect(() => {
    if (focusRequest) pendingFocus.current = focusRequest;
  }, [focusRequest]);

  // After useSyncView: a picked entity may only now be on the canvas, with its layout started.
  useEffect(() => {
    const request = pendingFocus.current;
    if (!cy || !request || cy.getElementById(request.id).empty()) return;
    pendingFocus.current = null;
    tracker.whenIdle(() => {
      if (!cy.destroyed()) centreOn(cy, cy.getElementById(request.id));
    });
  }, [cy, view, tracker, focusRequest]);

  useEffect(() => {
    if (cy) applyReplay(cy, replayUntil);
  }, [cy, replayUntil, view]);

  useEffect(() => {
    if (cy) applyEvidenceHighlight(cy, evidenceIds);
  }, [cy, evidenceIds, view]);

  const onKeyDown = useCanvasKeys(cy, {
    onSelect: handlers.onSelectionChange,
    onCommand: props.onCommand,
    onContextMenu: handlers.onContextMenu,
  });

  return (
    <>
      <div
        ref={containerRef}
        id={CANVAS_ID}
        className="graph-canvas"
        role="application"
        aria-label="Graph canvas"
        aria-describedby="graph-keys"
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="graph-canvas"
      />
      {layingOut ? (
        // Over the canvas, which still holds its last frame (the view before this one).
        <div className="layout-pending" data-testid="layout-pending">
          Laying out {nodeCount} entities and {edgeCount} relationships…
        </div>
      ) : null}
      <LabelTooltip cy={cy} selection={selection} />
      <p id="graph-keys" className="visually-hidden">
        Arrow keys move to the neighbour in that direction, ] and [ step through neighbours, R
        through relationships. Enter expands, P pins, H hides, C collapses, Delete removes,
        Shift+F10 opens the menu, F fits, plus and minus zoom, question mark lists every key.
      </p>
      <p
        className="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="canvas-announcer"
        ref={announcer}
      />
    </>
  );
}

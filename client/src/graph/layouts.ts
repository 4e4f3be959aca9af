import cytoscape, { type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../state/viewState.ts';

let registered = false;

/** Cytoscape extensions register globally; doing it twice logs warnings, so once per page. */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

/** Above this many elements fcose runs in draft quality (measured: ~20× faster at 3 000 elements). */
export const DRAFT_THRESHOLD = 600;

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  hierarchical: 'Hierarchical',
  concentric: 'Concentric',
  grid: 'Grid',
};

export interface LayoutRequest {
  name: LayoutName;
  elementCount: number;
  /** Keep the current positions as the start (after an expansion) instead of starting afresh. */
  incremental: boolean;
  animate: boolean;
}

/** Cytoscape layout options for one of our four layouts. */
export function layoutOptions(request: LayoutRequest): LayoutOptions {
  const common = { fit: true, padding: 24, animate: request.animate, animationDuration: 300 };
  switch (request.name) {
    case 'fcose':
      return {
        ...common,
        name: 'fcose',
        quality:
          request.elementCount > DRAFT_THRESHOLD && !request.incremental ? 'draft' : 'default',
        randomize: !request.incremental,
        nodeRepulsion: () => 7000,
        idealEdgeLength: () => 75,
        nodeSeparation: 70,
        // Labels take room too; without this, long entity names pile onto each other.
        nodeDimensionsIncludeLabels: true,
        packComponents: true,
        numIter: 1500,
      } as LayoutOptions;
    case 'hierarchical':
      return {
        ...common,
        name: 'dagre',
        rankDir: 'LR',
        nodeSep: 30,
        rankSep: 120,
      } as LayoutOptions;
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        minNodeSpacing: 60,
        spacingFactor: 1.2,
        concentric: (node: cytoscape.NodeSingular) => node.degree(false),
        // One ring per degree: hubs in the middle, leaves outside.
        levelWidth: () => 1,
      };
    case 'grid':
      return { ...common, name: 'grid', avoidOverlap: true, avoidOverlapPadding: 30 };
  }
}

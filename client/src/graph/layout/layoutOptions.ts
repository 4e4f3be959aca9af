import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../../state/viewState.ts';

/*
 * The options of our four layouts, apart from registering the extensions
 * (registerLayouts.ts), so that the client benchmark can give the bare Cytoscape
 * page exactly the options the app uses. Values are plain numbers where
 * Cytoscape accepts them, so the fcose options survive JSON.
 */

/** Above this many elements (per component, in the layout worker) fcose runs in draft quality (measured: ~20× faster at 3 000 elements). */
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
        nodeRepulsion: 7000,
        idealEdgeLength: 75,
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
        concentric: (node: NodeSingular) => node.degree(false),
        // One ring per degree: hubs in the middle, leaves outside.
        levelWidth: () => 1,
      };
    case 'grid':
      return { ...common, name: 'grid', avoidOverlap: true, avoidOverlapPadding: 30 };
  }
}

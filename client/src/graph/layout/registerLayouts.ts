import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';

let registered = false;

/**
 * Cytoscape extensions register globally; doing it twice logs warnings, so
 * once per page. fcose is not among them: the force-directed layout runs in
 * the layout worker (layout/), which keeps fcose out of the page's bundle.
 */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(dagre);
  registered = true;
}

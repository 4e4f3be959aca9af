import cytoscape from 'cytoscape';
import type { LayoutName } from '../../state/viewState.ts';

let dagre: Promise<void> | null = null;
let dagreRegistered = false;

/**
 * Makes the Cytoscape extension a layout needs available: `true` when it is
 * there already (or none is needed), else a promise that loads and
 * registers it. Only the hierarchical layout has one (dagre, 15 KB
 * gzipped), and few visits use it, so it loads when first chosen rather
 * than with the page. fcose is not here: the force-directed layout runs in
 * its own module (layout/), on the page or in the worker. Extensions
 * register globally, and registering twice logs warnings, so once per page.
 */
export function layoutReady(name: LayoutName): true | Promise<void> {
  if (name !== 'hierarchical' || dagreRegistered) return true;
  dagre ??= import('cytoscape-dagre').then(
    ({ default: extension }) => {
      cytoscape.use(extension);
      dagreRegistered = true;
    },
    (error: unknown) => {
      dagre = null; // let a later choice try again
      throw error;
    },
  );
  return dagre;
}

// The renderer's floor: plain Cytoscape with simple styles, given the same
// payload and the same layout options as the app, nothing else. It sets the
// app's two benchmark marks (client/src/graph/instrumentation/benchHook.ts) and installs the
// same viewport controls, so bench/clientBench.ts measures both pages alike.
/* global cytoscape, cytoscapeFcose */
cytoscape.use(cytoscapeFcose);

const STYLE = [
  {
    selector: 'node',
    style: { label: 'data(label)', 'min-zoomed-font-size': 8, width: 24, height: 24 },
  },
  { selector: 'edge', style: { width: 1, 'curve-style': 'haystack' } },
];

let cy = null;

/** Creates the canvas before any payload arrives, as the app has it. Throws if WebGL is asked for and missing. */
window.createCanvas = function createCanvas(renderer, width, height) {
  const container = document.getElementById('cy');
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
  cy = cytoscape({
    container,
    style: STYLE,
    // The app's zoom bounds: they decide the fitted zoom of big graphs, and so what is drawn.
    minZoom: 0.05,
    maxZoom: 5,
    webgl: renderer === 'webgl',
  });
  let lastRenderAt = 0;
  cy.on('render', () => {
    lastRenderAt = performance.now();
  });
  window.__newsgraphBench = {
    lastRenderAt: () => lastRenderAt,
    panBy: (dx, dy) => cy.panBy({ x: dx, y: dy }),
    zoomBy: (factor) =>
      cy.zoom({
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      }),
  };
};

/** Adds a payload (the API's graph JSON, already in memory) and lays it out. */
window.renderPayload = async function renderPayload(graph, layoutOptions, marks) {
  performance.mark(marks.received);
  cy.add([
    ...graph.nodes.map((node) => ({
      group: 'nodes',
      // The API's nodes carry their name at the top (EntityDto); other nodes a result holds may not.
      data: { id: node.id, label: String(node.name ?? node.id) },
    })),
    ...graph.edges.map((edge) => ({
      group: 'edges',
      data: { id: edge.id, source: edge.source, target: edge.target },
    })),
  ]);
  const layout = cy.layout(layoutOptions);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  performance.mark(marks.layoutDone);
  return { nodes: cy.nodes().length, edges: cy.edges().length };
};

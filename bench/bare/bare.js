// The renderer's floor: plain Cytoscape, the same elements, the same layout
// options as the app, nothing else. bench/clientBench.ts drives it.
/* global cytoscape, cytoscapeFcose */
cytoscape.use(cytoscapeFcose);

window.renderPayload = async function renderPayload(graph, layoutOptions) {
  const started = performance.now();
  const elements = [
    ...graph.nodes.map((node) => ({
      group: 'nodes',
      data: { id: node.id, label: String(node.properties.name ?? node.id) },
    })),
    ...graph.edges.map((edge) => ({
      group: 'edges',
      data: { id: edge.id, source: edge.source, target: edge.target, label: edge.type },
    })),
  ];
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    style: [
      {
        selector: 'node',
        style: { label: 'data(label)', 'min-zoomed-font-size': 8, width: 24, height: 24 },
      },
      { selector: 'edge', style: { width: 1, 'curve-style': 'haystack' } },
    ],
  });
  window.cy = cy;
  const layout = cy.layout(layoutOptions);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return performance.now() - started;
};

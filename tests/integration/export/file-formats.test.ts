/**
 * JSON and GraphML exports opened by the libraries they are meant for:
 * Cytoscape.js (headless), graphology's Graph.from, graphology-graphml.
 */
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDto } from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { seedTestDatabase } from '../../support/seedTestDatabase.ts';
import { startTestServer } from '../../support/server.ts';
import { download } from './helpers.ts';

let server: RunningServer;
let graph: GraphDto;
let nodeIds: string[];
const fetchFormat = async (format: string): Promise<string> =>
  (await download(server.url, { nodeIds, format })).toString('utf8');

/** What every reader must give back: each edge's endpoints and each entity's name. */
const edgeEnds = (edges: { id: string; source: string; target: string }[]) =>
  edges
    .map(({ id, source, target }) => ({ id, source, target }))
    .sort((a, b) => a.id.localeCompare(b.id));
const names = (nodes: { id: string; name: unknown }[]) =>
  Object.fromEntries(nodes.map(({ id, name }) => [id, name]));

beforeAll(async () => {
  seedTestDatabase();
  server = await startTestServer();
  const overview = await fetch(`${server.url}/api/graph/overview?limit=2000`);
  nodeIds = ((await overview.json()) as GraphDto).nodes.map((node) => node.id);
  graph = JSON.parse(await fetchFormat('json')) as GraphDto;
}, 120_000);

afterAll(async () => {
  await server.close();
});

describe('file exports in their readers', () => {
  it('cytoscape({ headless: true, elements }) loads the Cytoscape JSON as it is', async () => {
    const { elements } = JSON.parse(await fetchFormat('cytoscape')) as {
      elements: cytoscape.ElementsDefinition;
    };
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes().length).toBe(graph.nodes.length);
    expect(
      edgeEnds(
        cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
      ),
    ).toStrictEqual(edgeEnds(graph.edges));
    expect(
      names(cy.nodes().map((n) => ({ id: n.id(), name: n.data('name') as unknown }))),
    ).toStrictEqual(names(graph.nodes.map((n) => ({ id: n.id, name: n.properties.name }))));
    // The relationship whose `target` property once shadowed its endpoint.
    const criticizes = cy.getElementById('china-criticizes-united-states');
    expect([criticizes.target().id(), typeof criticizes.data('property:target')]).toStrictEqual([
      'united-states',
      'string',
    ]);
    cy.destroy();
  });

  it("graphology's Graph.from loads the graphology JSON", async () => {
    const loaded = Graph.from(JSON.parse(await fetchFormat('graphology')) as never);
    expect([loaded.order, loaded.size, loaded.type, loaded.multi]).toStrictEqual([
      graph.nodes.length,
      graph.edges.length,
      'directed',
      true,
    ]);
    expect(
      edgeEnds(loaded.mapEdges((id, _attributes, source, target) => ({ id, source, target }))),
    ).toStrictEqual(edgeEnds(graph.edges));
    expect(loaded.getEdgeAttribute('bytedance-owns-tiktok', 'evidenceQuotes')).toStrictEqual(
      graph.edges.find((edge) => edge.id === 'bytedance-owns-tiktok')?.properties.evidenceQuotes,
    );
  });

  it('graphology-graphml reads the GraphML: counts, labels, typed values and evidence', async () => {
    const loaded = parseGraphml(Graph, await fetchFormat('graphml'));
    expect([loaded.order, loaded.size]).toStrictEqual([graph.nodes.length, graph.edges.length]);
    expect(
      edgeEnds(
        loaded.mapEdges((_key, attributes, source, target) => ({
          id: String(attributes.id),
          source,
          target,
        })),
      ),
    ).toStrictEqual(edgeEnds(graph.edges));
    expect(
      names(loaded.mapNodes((id, attributes) => ({ id, name: attributes.label as unknown }))),
    ).toStrictEqual(names(graph.nodes.map((n) => ({ id: n.id, name: n.properties.name }))));
    expect(loaded.getNodeAttribute('tiktok', 'americanUsers')).toBe(150000000);
    const owns = loaded.findEdge((_key, attributes) => attributes.id === 'bytedance-owns-tiktok');
    expect(JSON.parse(String(loaded.getEdgeAttribute(owns, 'evidenceQuotes')))).toStrictEqual(
      graph.edges.find((edge) => edge.id === 'bytedance-owns-tiktok')?.properties.evidenceQuotes,
    );
    expect(loaded.getEdgeAttribute(owns, 'label')).toBe('OWNS');
  });
});

import type { GraphDto, NodeDto, Properties, PropertyValue } from '../../contract.ts';

/** Cytoscape.js element data: flat, with the structural fields Cytoscape reads. */
export type CytoscapeData = Record<string, PropertyValue | string[]>;

/** What `cytoscape({ elements })` accepts as it is. */
export interface CytoscapeJson {
  elements: {
    nodes: { data: CytoscapeData }[];
    edges: { data: CytoscapeData }[];
  };
}

/** graphology's serialized graph, what `Graph.from(json)` and `graph.import(json)` read. */
export interface GraphologyJson {
  attributes: { name: string };
  options: { type: 'directed'; multi: true; allowSelfLoops: true };
  nodes: { key: string; attributes: Record<string, PropertyValue | string[]> }[];
  edges: {
    key: string;
    source: string;
    target: string;
    attributes: Record<string, PropertyValue | string[]>;
  }[];
}

/** Fields Cytoscape gives a meaning to; a property of the same name is kept as `property:<name>`. */
const CYTOSCAPE_FIELDS = new Set(['id', 'source', 'target', 'parent', 'label', 'labels', 'type']);

function flatData(
  structural: Record<string, string | string[]>,
  properties: Properties,
): CytoscapeData {
  const data: CytoscapeData = { ...structural };
  for (const [key, value] of Object.entries(properties)) {
    // An entity's `id` property is its id; only a differing one needs keeping.
    if (key === 'id' && value === structural.id) continue;
    data[CYTOSCAPE_FIELDS.has(key) ? `property:${key}` : key] = value;
  }
  return data;
}

/** graphology keeps keys outside the attributes; a differing `id` property stays as `property:id`. */
function withoutId(data: CytoscapeData): CytoscapeData {
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'id'));
}

const displayName = (node: NodeDto): string =>
  typeof node.properties.name === 'string' ? node.properties.name : node.id;

/** Cytoscape.js elements JSON; `label` is the entity name or relationship type, for styles. */
export function toCytoscapeJson(graph: GraphDto): CytoscapeJson {
  return {
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: flatData(
          { id: node.id, label: displayName(node), labels: node.labels },
          node.properties,
        ),
      })),
      edges: graph.edges.map((edge) => ({
        data: flatData(
          {
            id: edge.id,
            source: edge.source,
            target: edge.target,
            type: edge.type,
            label: edge.type,
          },
          edge.properties,
        ),
      })),
    },
  };
}

/** graphology's serialized format: a directed multigraph; attributes named as in the Cytoscape flavour. */
export function toGraphologyJson(graph: GraphDto): GraphologyJson {
  return {
    attributes: { name: 'Newsgraph Explorer export' },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: graph.nodes.map((node) => ({
      key: node.id,
      attributes: withoutId(
        flatData({ id: node.id, label: displayName(node), labels: node.labels }, node.properties),
      ),
    })),
    edges: graph.edges.map((edge) => ({
      key: edge.id,
      source: edge.source,
      target: edge.target,
      attributes: withoutId(
        flatData({ id: edge.id, label: edge.type, type: edge.type }, edge.properties),
      ),
    })),
  };
}

import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { DRAFT_THRESHOLD } from './layoutOptions.ts';
import { connectedComponents, type Component } from './components.ts';
import { ringOffsets, splitLeaves } from './leaves.ts';
import { separateMovable } from './overlap.ts';
import { packInRows } from './packing.ts';
import { withSeededRandom } from './seededRandom.ts';
import {
  arrangeSmallComponent,
  boxAround,
  SMALL_COMPONENT_NODES,
  type Arranged,
  type SizedNode,
} from './smallComponents.ts';

/**
 * The force-directed layout, component by component, with no DOM: it runs
 * in a Web Worker (layoutWorker.ts), so the page stays responsive while a
 * big graph is laid out, and in Node for tests.
 *
 * - Components big enough run fcose, each in its own headless Cytoscape.
 * - Small ones are arranged directly (smallComponents.ts).
 * - All of them are then packed in rows (packing.ts).
 * - Pinned nodes stay where they are: their components are laid out with
 *   fcose's fixed-node constraint and are not moved by the packing.
 * - After an expansion, only the components holding the new nodes move,
 *   starting from their current positions; the rest stay put.
 */
export interface LayoutNode extends SizedNode {
  x: number;
  y: number;
  locked: boolean;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

export interface ForceLayoutJob {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /**
   * fcose options as layoutOptions gives them. Quality, randomizing,
   * animation, fitting and label sizes are decided here, per component.
   */
  options: Record<string, unknown>;
  /** After an expansion only the components of the anchor and the added nodes move. Null lays out everything afresh. */
  expansion: Expansion | null;
}

export interface Expansion {
  anchorId: string;
  addedIds: string[];
}

export type Positions = Record<string, { x: number; y: number }>;

let fcoseRegistered = false;

function fcoseOnce(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

const numberOption = (options: Record<string, unknown>, key: string, fallback: number): number => {
  const value = options[key];
  return typeof value === 'number' ? value : fallback;
};

const spacingOf = (options: Record<string, unknown>) => ({
  idealEdgeLength: numberOption(options, 'idealEdgeLength', 75),
  nodeSeparation: numberOption(options, 'nodeSeparation', 70),
});

/** One component through fcose in a headless Cytoscape; absolute centres. */
function runFcose(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: Record<string, unknown>,
  fresh: boolean,
): Map<string, { x: number; y: number }> {
  fcoseOnce();
  const elements: ElementDefinition[] = [
    ...nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, width: node.width, height: node.height },
      position: { x: node.x, y: node.y },
    })),
    ...edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.source, target: edge.target },
    })),
  ];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
  });
  // Added after construction: elements given to the constructor go through its default
  // "null" layout, which puts every node at the origin and loses the start positions.
  cy.add(elements);
  const fixed = nodes
    .filter((node) => node.locked)
    .map((node) => ({ nodeId: node.id, position: { x: node.x, y: node.y } }));
  const count = nodes.length + edges.length;
  // Seeded by the component's ids and links, so the same view is laid out the same way.
  const seedText = [...nodes.map((node) => node.id), ...edges.map((edge) => edge.id)].join('\n');
  withSeededRandom(seedText, () =>
    cy
      .layout({
        ...options,
        name: 'fcose',
        animate: false,
        fit: false,
        randomize: fresh,
        // The sizes given already include the labels, measured on the page.
        nodeDimensionsIncludeLabels: false,
        packComponents: false,
        quality: fresh && count > DRAFT_THRESHOLD ? 'draft' : 'default',
        ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
      } as LayoutOptions)
      .run(),
  );
  const centres = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((node) => {
    centres.set(node.id(), { ...node.position() });
  });
  cy.destroy();
  return centres;
}

/**
 * A component laid out from scratch. Up to the draft threshold, fcose at
 * full quality, which spreads leaves well. Above it, draft quality would
 * stack a hub's leaves on one spot, so they go on rings around their
 * neighbours (leaves.ts), and fcose places the rest, each node as big as
 * its rings so that rings never overlap.
 */
function layOutFresh(
  members: readonly LayoutNode[],
  links: readonly LayoutEdge[],
  options: Record<string, unknown>,
): Map<string, { x: number; y: number }> {
  if (members.length + links.length <= DRAFT_THRESHOLD)
    return runFcose(members, links, options, true);
  const { leavesOf, coreIds } = splitLeaves(members, links);
  if (leavesOf.size === 0) return runFcose(members, links, options, true);
  const spacing = spacingOf(options);
  const rings = new Map<string, ReturnType<typeof ringOffsets>>();
  const core = members
    .filter((node) => coreIds.has(node.id))
    .map((node) => {
      const leaves = leavesOf.get(node.id);
      if (!leaves) return node;
      const ring = ringOffsets(node, leaves, spacing);
      rings.set(node.id, ring);
      return { ...node, width: 2 * ring.radius, height: 2 * ring.radius };
    });
  const [only] = core;
  const centres =
    core.length === 1 && only
      ? new Map([[only.id, { x: 0, y: 0 }]])
      : runFcose(
          core,
          links.filter((edge) => coreIds.has(edge.source) && coreIds.has(edge.target)),
          options,
          true,
        );
  for (const [parentId, ring] of rings) {
    const centre = centres.get(parentId) ?? { x: 0, y: 0 };
    for (const [id, offset] of ring.offsets)
      centres.set(id, { x: centre.x + offset.x, y: centre.y + offset.y });
  }
  return centres;
}

/**
 * Above this share of new nodes, an expanded component is laid out afresh
 * rather than refined from where it was: refining 500 new nodes piled
 * around their anchor takes fcose's slow quality pass (1.4 s for the
 * 500-neighbour hub expansion, measured), and their old places mean little.
 */
const FRESH_SHARE = 0.5;

/**
 * A component that keeps its place: refined from its current positions
 * after a small expansion, or around its pinned nodes; after a big
 * expansion, laid out afresh and shifted so that the anchor stays put.
 */
function layOutInPlace(
  members: readonly LayoutNode[],
  links: readonly LayoutEdge[],
  options: Record<string, unknown>,
  expansion: { anchorId: string; added: ReadonlySet<string> } | null,
): Map<string, { x: number; y: number }> {
  // Pinned nodes in a component nobody expanded: fcose keeps them fixed.
  if (!expansion) return runFcose(members, links, options, true);
  const newCount = members.filter((node) => expansion.added.has(node.id)).length;
  const anchor = members.find((node) => node.id === expansion.anchorId);
  const hasPinned = members.some((node) => node.locked);
  if (!anchor || hasPinned || newCount / members.length <= FRESH_SHARE)
    return runFcose(members, links, options, false);
  const centres = layOutFresh(members, links, options);
  const after = centres.get(anchor.id) ?? anchor;
  const dx = anchor.x - after.x;
  const dy = anchor.y - after.y;
  for (const [id, centre] of centres) centres.set(id, { x: centre.x + dx, y: centre.y + dy });
  return centres;
}

function degreesIn(component: Component, edges: readonly LayoutEdge[]): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const index of component.edgeIndexes) {
    const edge = edges[index];
    if (!edge) continue;
    degrees.set(edge.source, (degrees.get(edge.source) ?? 0) + 1);
    degrees.set(edge.target, (degrees.get(edge.target) ?? 0) + 1);
  }
  return degrees;
}

function pick<T>(items: readonly T[], indexes: readonly number[]): T[] {
  return indexes.flatMap((index) => {
    const item = items[index];
    return item === undefined ? [] : [item];
  });
}

/** Room left between node boxes (labels included) when new nodes are moved off others. */
const EXPANSION_GAP = 10;

/**
 * The expanded component's centres, with the nodes just added moved off
 * every other node: its own, and those of the components that stay put.
 */
function clearOfOthers(
  all: readonly LayoutNode[],
  members: readonly LayoutNode[],
  centres: Map<string, { x: number; y: number }>,
  added: ReadonlySet<string>,
): Map<string, { x: number; y: number }> {
  const inComponent = new Set(members.map((node) => node.id));
  const everyone = new Map(centres);
  for (const node of all)
    if (!inComponent.has(node.id)) everyone.set(node.id, { x: node.x, y: node.y });
  const separated = separateMovable(all, everyone, added, EXPANSION_GAP);
  return new Map(
    members.map((node) => [node.id, separated.get(node.id) ?? { x: node.x, y: node.y }]),
  );
}

/**
 * A measured size on a 1/16 model-unit grid, rounded up, ignoring float
 * noise below 1e-6 (so an exact grid value never flips to the next step).
 *
 * Why: the page measures each size as the difference of two bounding-box
 * edges at the node's place on the canvas, and new nodes start in a ring
 * around the middle of the canvas as it is when the data arrives. So one
 * label measured 118 at one canvas size and 118.00000000000006 at another,
 * and fcose turns a difference of 1e-13 in one width into another picture:
 * the start view's shape changed with the window's size, and with the order
 * the start-up responses came back in (a late one left the canvas 624 px
 * high instead of 628), so an export in a loaded full test run could draw
 * another image than the same export run alone.
 */
export function steadySize(value: number): number {
  return Math.ceil(value * 16 - 1e-6) / 16;
}

export function forceLayout(job: ForceLayoutJob): Positions {
  const { edges, options } = job;
  const nodes = job.nodes.map((node) => ({
    ...node,
    width: steadySize(node.width),
    height: steadySize(node.height),
    ...(node.dy === undefined ? {} : { dy: steadySize(node.dy) }),
  }));
  const spacing = spacingOf(options);
  const expansion = job.expansion
    ? { anchorId: job.expansion.anchorId, added: new Set(job.expansion.addedIds) }
    : null;
  const moves = (node: LayoutNode): boolean =>
    expansion !== null && (node.id === expansion.anchorId || expansion.added.has(node.id));
  const positions: Positions = {};
  const packed: Arranged[] = [];
  let fixedRight = -Infinity;
  let fixedTop = Infinity;

  for (const component of connectedComponents(
    nodes.map((node) => node.id),
    edges,
  )) {
    const members = pick(nodes, component.nodeIndexes);
    const links = pick(edges, component.edgeIndexes);
    if (expansion && !members.some(moves)) continue;
    const hasPinned = members.some((node) => node.locked);
    if (expansion || hasPinned) {
      // Laid out where it is: after an expansion, or around its pinned nodes.
      let centres = layOutInPlace(members, links, options, expansion);
      if (expansion) centres = clearOfOthers(nodes, members, centres, expansion.added);
      for (const [id, centre] of centres) positions[id] = centre;
      for (const node of members) {
        const centre = positions[node.id] ?? node;
        fixedRight = Math.max(fixedRight, centre.x + node.width / 2);
        fixedTop = Math.min(fixedTop, centre.y - node.height / 2);
      }
      continue;
    }
    packed.push(
      members.length <= SMALL_COMPONENT_NODES
        ? arrangeSmallComponent(members, degreesIn(component, edges), spacing)
        : boxAround(layOutFresh(members, links, options), members),
    );
  }

  const gap = spacing.nodeSeparation;
  const placements = packInRows(
    packed.map((arranged) => arranged.box),
    gap,
  );
  // Packed components go to the right of any that stayed in place.
  const originX = fixedRight === -Infinity ? 0 : fixedRight + gap * 2;
  const originY = fixedTop === Infinity ? 0 : fixedTop;
  packed.forEach((arranged, index) => {
    const place = placements[index] ?? { x: 0, y: 0 };
    for (const [id, centre] of arranged.positions)
      positions[id] = { x: originX + place.x + centre.x, y: originY + place.y + centre.y };
  });
  return positions;
}

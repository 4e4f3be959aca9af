import type {
  Collection,
  CollectionReturnValue,
  Core,
  ElementDefinition,
  NodeSingular,
} from 'cytoscape';
import { entityTypeOf } from '../domain/entities.ts';
import { isDateFilterActive, passesDateFilter } from '../state/dateFilter.ts';
import type { ViewState } from '../state/viewState.ts';
import { edgeToElement, MORE_PREFIX, moreElements, nodeToElement } from './toElements.ts';

export interface SyncResult {
  addedNodeIds: string[];
  removedCount: number;
}

function ring(centre: { x: number; y: number }, index: number, count: number, radius: number) {
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

/** Where new nodes start: pinned ones where they were pinned, others in a ring around the anchor. */
function startPositions(cy: Core, view: ViewState, newIds: string[]) {
  const anchor = view.anchorId ? cy.getElementById(view.anchorId) : null;
  const extent = cy.extent();
  const centre =
    anchor && anchor.nonempty()
      ? anchor.position()
      : { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  const positions = new Map<string, { x: number; y: number }>();
  newIds.forEach((id, index) => {
    positions.set(
      id,
      view.pinned[id] ?? ring(centre, index, newIds.length, 90 + newIds.length * 4),
    );
  });
  return positions;
}

function syncMorePlaceholders(cy: Core, view: ViewState): void {
  const wanted = new Map<string, number>();
  for (const [anchorId, { shown, total }] of Object.entries(view.truncated)) {
    if (total > shown && anchorId in view.nodes)
      wanted.set(`${MORE_PREFIX}${anchorId}`, total - shown);
  }
  cy.nodes('.more').forEach((node) => {
    if (!wanted.has(node.id())) node.remove();
  });
  for (const [id, remaining] of wanted) {
    const anchorId = id.slice(MORE_PREFIX.length);
    const existing = cy.getElementById(id);
    if (existing.nonempty()) {
      existing.data('label', `${String(remaining)} more…`);
      continue;
    }
    const anchor = cy.getElementById(anchorId).position();
    const added = cy.add(moreElements(anchorId, remaining));
    added.nodes().positions(() => ({ x: anchor.x + 60, y: anchor.y - 60 }));
  }
}

/** The elements of `ids` that cy holds. */
function elementsById(cy: Core, ids: Iterable<string>): CollectionReturnValue {
  const found = cy.collection();
  for (const id of ids) {
    const ele = cy.getElementById(id);
    if (ele.nonempty()) found.merge(ele);
  }
  return found;
}

/**
 * Gives `className` to exactly `wanted`. Only elements whose class changes
 * are touched: with thousands of elements, toggling each one costs more
 * than the rest of the sync.
 */
function setClass(cy: Core, className: string, wanted: Collection): void {
  cy.elements(`.${className}`).not(wanted).removeClass(className);
  wanted.not(`.${className}`).addClass(className);
}

function syncClasses(cy: Core, view: ViewState): void {
  const hiddenNodeTypes = new Set(view.hiddenNodeTypes);
  const hiddenEdgeTypes = new Set(view.hiddenEdgeTypes);
  setClass(cy, 'hidden', elementsById(cy, view.hidden));
  let filtered = cy.collection();
  if (hiddenNodeTypes.size > 0)
    filtered = filtered.union(
      cy
        .nodes()
        .not('.more')
        .filter((node) => {
          const dto = view.nodes[node.id()];
          return dto !== undefined && hiddenNodeTypes.has(entityTypeOf(dto));
        }),
    );
  if (hiddenEdgeTypes.size > 0)
    filtered = filtered.union(
      cy
        .edges()
        .not('.more')
        .filter((edge) => hiddenEdgeTypes.has(String(edge.data('type')))),
    );
  const { dateFilter } = view;
  if (isDateFilterActive(dateFilter))
    filtered = filtered.union(
      cy
        .edges()
        .not('.more')
        .filter((edge) => {
          const dto = view.edges[edge.id()];
          return dto !== undefined && !passesDateFilter(dto, dateFilter);
        }),
    );
  setClass(cy, 'filtered', filtered);
  const onPath = elementsById(cy, [...(view.path?.nodeIds ?? []), ...(view.path?.edgeIds ?? [])]);
  setClass(cy, 'on-path', onPath);
  setClass(cy, 'dimmed', view.path === null ? cy.collection() : cy.elements().not(onPath));
}

function syncPins(cy: Core, view: ViewState): void {
  cy.nodes('.pinned, :locked').forEach((node: NodeSingular) => {
    if (node.id() in view.pinned) return;
    node.unlock();
    node.removeClass('pinned');
  });
  // An undone drag puts the node back where the drag started.
  for (const [id, origin] of Object.entries(view.returnTo ?? {})) {
    const node = cy.getElementById(id);
    if (node.nonempty() && !(id in view.pinned)) node.position(origin);
  }
  for (const [id, pin] of Object.entries(view.pinned)) {
    const node = cy.getElementById(id);
    if (node.empty()) continue;
    node.unlock();
    node.position(pin);
    node.lock();
    node.addClass('pinned');
  }
}

/**
 * Brings `cy` in step with `view` in one batch: removes what the view no
 * longer has, adds what it gained, then sets classes and pins. It compares
 * against what cy holds, not against the previous view, so it is idempotent
 * and survives any drift (e.g. a failed layout).
 */
export function applyViewState(cy: Core, view: ViewState): SyncResult {
  let removedCount = 0;
  const addedNodeIds: string[] = [];
  cy.batch(() => {
    const stale = cy
      .elements()
      .not('.more')
      .filter((ele) => (ele.isNode() ? !(ele.id() in view.nodes) : !(ele.id() in view.edges)));
    removedCount = stale.length;
    stale.remove();

    const newNodes = Object.values(view.nodes).filter((n) => cy.getElementById(n.id).empty());
    const positions = startPositions(
      cy,
      view,
      newNodes.map((n) => n.id),
    );
    const nodeElements: ElementDefinition[] = newNodes.map((node) => ({
      ...nodeToElement(node),
      position: positions.get(node.id) ?? { x: 0, y: 0 },
    }));
    cy.add(nodeElements);
    addedNodeIds.push(...newNodes.map((n) => n.id));

    const newEdges = Object.values(view.edges).filter(
      (e) =>
        cy.getElementById(e.id).empty() &&
        cy.getElementById(e.source).nonempty() &&
        cy.getElementById(e.target).nonempty(),
    );
    cy.add(newEdges.map(edgeToElement));

    syncMorePlaceholders(cy, view);
    syncClasses(cy, view);
    syncPins(cy, view);
  });
  return { addedNodeIds, removedCount };
}

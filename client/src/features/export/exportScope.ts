import type {
  CollectionReturnValue,
  Core,
  NodeCollection,
  NodeSingular,
  Position,
} from 'cytoscape';
import { refreshGeometry } from './freshGeometry.ts';
import { makeRoom } from './labelRoom.ts';
import { bendThroughPlates, plateBoxes, unbend, type PlateSize } from './plateRoom.ts';

export interface ScopeOptions {
  /** Export the whole visible graph or the selection only. */
  scope: 'graph' | 'selection';
  /** Full labels on every exported entity (room is made for them) or on the selected ones only. */
  labels: 'all' | 'selection';
}

/** How far apart an export sets the entities, per axis, about their centre (1 = as on screen). */
export interface Squeeze {
  x: number;
  y: number;
  /** Labels make room preferring the axis with more to spare (labelRoom.ts's xCost). */
  xCost: number;
}

/** Pairwise rounds for a squeezed layout, which starts far more crowded than the screen's. */
const SQUEEZED_ROUNDS = 400;

export interface PreparedScope {
  /** What the image draws. */
  shown: CollectionReturnValue;
  /** The entities whose full label is drawn. */
  labelled: NodeCollection;
  /** Puts the canvas back exactly as it was. */
  restore(): void;
}

/** Model-space gap kept between two entities' label boxes in an export. */
const LABEL_GAP = 6;

const bodyAndLabel = {
  includeLabels: true,
  includeOverlays: false,
  includeUnderlays: false,
  includeEdges: false,
};

/**
 * What an export draws and which entities get their full name, as cy is
 * now (before prepareScope changes anything).
 */
export function scopeOf(
  cy: Core,
  options: ScopeOptions,
): { keep: CollectionReturnValue; shown: CollectionReturnValue; labelled: NodeCollection } {
  const selected = cy.nodes(':selected');
  const keep =
    options.scope === 'selection'
      ? selected
          .union(selected.edgesWith(selected))
          .union(cy.edges(':selected').connectedNodes())
          .union(cy.edges(':selected'))
      : cy.elements(':visible').not('.more');
  const shown = keep.filter(':visible');
  const labelled =
    options.labels === 'selection' ? shown.nodes().intersection(selected) : shown.nodes();
  return { keep, shown, labelled };
}

/**
 * Prepares cy for drawing an export, synchronously, so the screen never
 * shows the intermediate state: hides what is not exported (display: none,
 * so it leaves the bounds too), clears the selection's highlight, swaps the
 * shortened labels for full names (or none, outside the selection) and moves
 * entities apart until no two label boxes overlap. `restore` undoes all of it.
 */
export function prepareScope(
  cy: Core,
  options: ScopeOptions & {
    /** Entity positions scaled about their centre before labels make room (readableFit.ts). */
    squeeze?: Squeeze;
    /** Relationship labels as large as entity labels: a preset's readable minimum holds for both. */
    presetText?: boolean;
    /** Entities drawn with a letter instead of their name, by id (the legend's key gives the name). */
    keyed?: ReadonlyMap<string, { letter: string }>;
    /** The width full names wrap at, in model px, when narrower than the screen's (readableFit.ts). */
    wrap?: number | null;
    /** Relationship plates take room like entities, and their edges bend through them (plateRoom.ts). */
    plateSize?: PlateSize;
  },
): PreparedScope {
  const { keep, shown, labelled } = scopeOf(cy, options);
  const excluded = cy.elements().not(keep);
  const selectedBefore = cy.elements(':selected');
  const positions = new Map(shown.nodes().map((n) => [n.id(), { ...n.position() }]));
  cy.batch(() => {
    excluded.addClass('export-hidden');
    selectedBefore.unselect();
    cy.elements().addClass('exporting');
    labelled.addClass('export-full-label');
    shown.nodes().not(labelled).addClass('export-unlabelled');
    if (options.presetText) shown.edges().addClass('export-preset-text');
    // Bypasses, removed on restore: the app itself sets no style bypass on labels.
    if (options.wrap) labelled.style('text-max-width', `${String(options.wrap)}px`);
    for (const [id, { letter }] of options.keyed ?? [])
      labelled.getElementById(id).style('label', letter);
  });
  const squeeze = options.squeeze;
  if (squeeze && (squeeze.x !== 1 || squeeze.y !== 1) && positions.size > 0) {
    const at = [...positions.values()];
    const mid = {
      x: at.reduce((sum, p) => sum + p.x, 0) / at.length,
      y: at.reduce((sum, p) => sum + p.y, 0) / at.length,
    };
    shown.nodes().forEach((node: NodeSingular) => {
      const p = positions.get(node.id());
      if (p)
        node.position({
          x: mid.x + (p.x - mid.x) * squeeze.x,
          y: mid.y + (p.y - mid.y) * squeeze.y,
        });
    });
  }
  // Label boxes of the full names, not the screen's cached short ones (see freshGeometry.ts).
  refreshGeometry(shown);
  const plates = options.plateSize ? plateBoxes(shown, options.plateSize) : [];
  const room = makeRoom(
    [
      ...shown.nodes().map((node) => ({ id: node.id(), box: node.boundingBox(bodyAndLabel) })),
      ...plates,
    ],
    LABEL_GAP,
    ...(squeeze ? [SQUEEZED_ROUNDS, squeeze.xCost] : []),
  );
  shown.nodes().forEach((node: NodeSingular) => {
    const offset = room.get(node.id());
    const at = node.position();
    if (offset && (offset.dx !== 0 || offset.dy !== 0))
      node.position({ x: at.x + offset.dx, y: at.y + offset.dy });
  });
  if (plates.length > 0) bendThroughPlates(shown, plates, room, refreshGeometry);
  return {
    shown,
    labelled,
    restore: () => restoreScope(cy, { shown, labelled, selectedBefore, positions }, options),
  };
}

/** Puts the canvas back exactly as it was before prepareScope. */
function restoreScope(
  cy: Core,
  before: {
    shown: CollectionReturnValue;
    labelled: NodeCollection;
    selectedBefore: CollectionReturnValue;
    positions: ReadonlyMap<string, Position>;
  },
  options: { keyed?: ReadonlyMap<string, unknown>; wrap?: number | null; plateSize?: PlateSize },
): void {
  const { shown, labelled, selectedBefore, positions } = before;
  cy.batch(() => {
    if (options.plateSize) unbend(shown);
    shown.nodes().forEach((node: NodeSingular) => {
      const at = positions.get(node.id());
      if (at) node.position(at);
    });
    cy.elements().removeClass(
      'exporting export-hidden export-full-label export-unlabelled export-preset-text',
    );
    if (options.wrap) labelled.removeStyle('text-max-width');
    for (const id of options.keyed?.keys() ?? []) cy.getElementById(id).removeStyle('label');
    selectedBefore.select();
  });
}

import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_GRAPH } from '../api/fixtureGraph.ts';
import { EMPTY_VIEW, viewReducer, type ViewState } from '../state/viewState.ts';
import { applyViewState } from './applyViewState.ts';
import { buildStylesheet } from './stylesheet.ts';

let cy: Core;
const full: ViewState = viewReducer(EMPTY_VIEW, { type: 'addGraph', graph: FIXTURE_GRAPH });
const ids = (eles: { map: (fn: (ele: { id: () => string }) => string) => string[] }) =>
  eles.map((e) => e.id()).sort();

beforeEach(() => {
  cy = cytoscape({ headless: true, style: buildStylesheet('light', []) });
});
afterEach(() => cy.destroy());

describe('applyViewState', () => {
  it('adds what the view has and removes what it lost, idempotently', () => {
    expect(applyViewState(cy, full).addedNodeIds).toHaveLength(FIXTURE_GRAPH.nodes.length);
    expect(applyViewState(cy, full)).toStrictEqual({ addedNodeIds: [], removedCount: 0 });
    const smaller = viewReducer(full, { type: 'removeNodes', ids: ['tiktok'] });
    // The node and its four relationships.
    expect(applyViewState(cy, smaller).removedCount).toBe(5);
    expect(ids(cy.nodes())).toStrictEqual(Object.keys(smaller.nodes).sort());
  });

  it('shows "N more" next to a truncated expansion and drops it once all are shown', () => {
    const truncated = viewReducer(full, {
      type: 'addGraph',
      graph: { nodes: [], edges: [] },
      anchorId: 'tiktok',
      truncation: { shown: 2, total: 5 },
    });
    applyViewState(cy, truncated);
    expect(cy.getElementById('more:tiktok').data('label')).toBe('3 more…');
    applyViewState(cy, viewReducer(truncated, { type: 'collapse', id: 'tiktok' }));
    expect(cy.getElementById('more:tiktok').empty()).toBe(true);
  });

  it('locks pinned nodes at their position and marks hidden, filtered and path elements', () => {
    let view = viewReducer(full, { type: 'pin', id: 'oracle', position: { x: 500, y: -20 } });
    view = viewReducer(view, { type: 'hideNodes', ids: ['mao-ning'] });
    view = viewReducer(view, { type: 'setHiddenTypes', kind: 'edge', types: ['OWNS'] });
    view = viewReducer(view, {
      type: 'showPath',
      graph: { nodes: [], edges: [] },
      path: { nodeIds: ['shou-zi-chew', 'tiktok'], edgeIds: ['r-chew-ceo'] },
    });
    applyViewState(cy, view);
    const oracle = cy.getElementById('oracle');
    expect(oracle.locked()).toBe(true);
    expect(oracle.position()).toStrictEqual({ x: 500, y: -20 });
    expect(cy.getElementById('mao-ning').hasClass('hidden')).toBe(true);
    expect(cy.getElementById('r-bytedance-owns').hasClass('filtered')).toBe(true);
    expect(ids(cy.elements('.on-path'))).toStrictEqual(['r-chew-ceo', 'shou-zi-chew', 'tiktok']);
    expect(cy.getElementById('china').hasClass('dimmed')).toBe(true);

    applyViewState(
      cy,
      viewReducer(viewReducer(view, { type: 'unpin', id: 'oracle' }), { type: 'clearPath' }),
    );
    expect(oracle.locked()).toBe(false);
    expect(cy.elements('.dimmed').empty()).toBe(true);

    applyViewState(cy, viewReducer(view, { type: 'showAll' }));
    expect(cy.elements('.hidden, .filtered').empty()).toBe(true);
  });
});

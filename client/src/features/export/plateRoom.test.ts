import cytoscape, { type Core, type EdgeSingular, type Position } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshGeometry } from './freshGeometry.ts';
import { bendThroughPlates, plateBoxes, unbend } from './plateRoom.ts';

let cy: Core;
let container: HTMLDivElement;

beforeEach(() => {
  container = document.createElement('div');
  container.style.cssText = 'width: 800px; height: 600px;';
  document.body.append(container);
  cy = cytoscape({
    container,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { width: 38, height: 38 } },
      { selector: 'edge', style: { 'curve-style': 'bezier', label: 'data(label)' } },
    ],
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 200, y: 0 } },
      { data: { id: 'c' }, position: { x: 100, y: 300 } },
      { data: { id: 'ab', source: 'a', target: 'b', label: 'owns' } },
      { data: { id: 'ba', source: 'b', target: 'a', label: 'bans' } },
      { data: { id: 'ac', source: 'a', target: 'c', label: '' } },
    ],
  });
});

afterEach(() => {
  cy.destroy();
  container.remove();
});

const size = (edge: EdgeSingular) => (edge.data('label') === '' ? null : { w: 40, h: 20 });

/** The drawn curve's middle: a quadratic from end to end through its one control point. */
function middleOf(edge: EdgeSingular): Position {
  const [control] = edge.controlPoints();
  const from = edge.sourceEndpoint();
  const to = edge.targetEndpoint();
  if (!control) return { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  return { x: (from.x + 2 * control.x + to.x) / 4, y: (from.y + 2 * control.y + to.y) / 4 };
}

/** How far the curve's middle is from a spot: within a pixel once the drawn ends are refined. */
const missBy = (edge: EdgeSingular, spot: Position) =>
  Math.hypot(middleOf(edge).x - spot.x, middleOf(edge).y - spot.y);

describe('plates that take room', () => {
  it('gives each labelled edge a plate box between its ends, and none to an unlabelled one', () => {
    expect(plateBoxes(cy.elements(), size)).toStrictEqual([
      { id: '\u0000plate:ab', box: { x1: 80, y1: -10, x2: 120, y2: 10 } },
      { id: '\u0000plate:ba', box: { x1: 80, y1: -10, x2: 120, y2: 10 } },
    ]);
  });

  it('bends each edge through where its plate was moved, on either side of the line', () => {
    const plates = plateBoxes(cy.elements(), size);
    const room = new Map([
      ['\u0000plate:ab', { dx: 10, dy: 60 }],
      ['\u0000plate:ba', { dx: -20, dy: -45 }],
    ]);
    bendThroughPlates(cy.elements(), plates, room, refreshGeometry);
    expect(missBy(cy.$id('ab') as EdgeSingular, { x: 110, y: 60 })).toBeLessThan(1);
    expect(missBy(cy.$id('ba') as EdgeSingular, { x: 80, y: -45 })).toBeLessThan(1);
    unbend(cy.elements());
    refreshGeometry(cy.elements());
    expect(cy.edges().map((edge) => String(edge.style('curve-style')))).toStrictEqual([
      'bezier',
      'bezier',
      'bezier',
    ]);
  });

  it('leaves an edge straight when its plate was pushed onto an end', () => {
    const plates = plateBoxes(cy.elements(), size);
    // Through (50, 0), the curve's control point would be a's centre: no end can be drawn from inside a.
    const room = new Map([['\u0000plate:ab', { dx: -50, dy: 0 }]]);
    bendThroughPlates(cy.elements(), plates, room, refreshGeometry);
    const edge = cy.$id('ab') as EdgeSingular;
    expect(String(edge.style('curve-style'))).toBe('bezier');
    const from = edge.sourceEndpoint();
    expect([Number.isFinite(from.x), Number.isFinite(from.y)]).toStrictEqual([true, true]);
  });
});

import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { entityStyle, NARRATED_STYLE, STANCE_STYLES } from './entityStyles.ts';
import { buildStylesheet } from './stylesheet.ts';

function styledElements(large = false) {
  const container = document.createElement('div');
  container.style.cssText = 'width: 300px; height: 200px;';
  document.body.append(container);
  const cy = cytoscape({
    container,
    style: buildStylesheet('light', ['Person', 'Country', 'Spaceship'], large),
    elements: [
      { data: { id: 'p', type: 'Person', label: 'P' } },
      { data: { id: 'c', type: 'Country', label: 'C' } },
      { data: { id: 's', type: 'Spaceship', label: 'S' } },
      { data: { id: 'fact', source: 'p', target: 'c', label: 'x', attribution: 'narrated' } },
      {
        data: {
          id: 'denial',
          source: 'p',
          target: 'c',
          label: 'x',
          attribution: 'attributed',
          stance: 'denies',
        },
      },
      {
        data: {
          id: 'admission',
          source: 'p',
          target: 'c',
          label: 'x',
          attribution: 'attributed',
          stance: 'admits',
        },
      },
    ],
  });
  return cy;
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${String(r)},${String(g)},${String(b)})`;
}

describe('stylesheet', () => {
  it('gives each entity type its colour and shape, unknown types included', () => {
    const cy = styledElements();
    for (const [id, type] of [
      ['p', 'Person'],
      ['c', 'Country'],
      ['s', 'Spaceship'],
    ] as const) {
      const node = cy.getElementById(id);
      expect(node.style('shape')).toBe(entityStyle(type).shape);
      expect(node.style('background-color')).toBe(rgb(entityStyle(type).color));
    }
    // Unknown types spread over the fallback palette instead of all getting one grey.
    const unknownTypes = ['Spaceship', 'Vessel', 'Treaty', 'Currency', 'Protocol', 'Satellite'];
    const picks = new Set(unknownTypes.map((type) => JSON.stringify(entityStyle(type))));
    expect(picks.size).toBeGreaterThanOrEqual(4);
    expect([...picks].some((pick) => pick.includes('#888'))).toBe(false);
    expect(cy.getElementById('p').style('shape')).not.toBe(cy.getElementById('c').style('shape'));
  });

  it('draws narrated facts solid and a denial dashed red with a bar end', () => {
    const cy = styledElements();
    const fact = cy.getElementById('fact');
    const denial = cy.getElementById('denial');
    const admission = cy.getElementById('admission');
    expect(fact.style('line-style')).toBe(NARRATED_STYLE.lineStyle);
    expect(denial.style('line-style')).toBe('dashed');
    expect(denial.style('target-arrow-shape')).toBe('tee');
    expect(admission.style('line-style')).toBe(STANCE_STYLES.admits.lineStyle);
    expect(denial.style('line-color')).not.toBe(admission.style('line-color'));
  });

  it('keeps labels off when zoomed far out, so big graphs stay fast', () => {
    const cy = styledElements();
    expect(
      Number.parseFloat(String(cy.getElementById('p').style('min-zoomed-font-size'))),
    ).toBeGreaterThan(0);
  });

  it('keeps curved, labelled edges below the large-graph size', () => {
    const fact = styledElements().getElementById('fact');
    expect(fact.style('curve-style')).toBe('bezier');
    expect(fact.style('label')).toBe('x');
    expect(fact.style('target-arrow-shape')).toBe('triangle');
  });

  it('draws large graphs with straight unlabelled edges that still show direction and stance', () => {
    const cy = styledElements(true);
    const fact = cy.getElementById('fact');
    const denial = cy.getElementById('denial');
    expect(fact.style('curve-style')).toBe('haystack');
    expect(fact.style('label')).toBe('');
    expect(fact.style('mid-target-arrow-shape')).toBe('triangle');
    expect(denial.style('mid-target-arrow-shape')).toBe('tee');
    expect(denial.style('line-style')).toBe('dashed');
    expect(denial.style('mid-target-arrow-color')).toBe(rgb(STANCE_STYLES.denies.color));
    fact.select();
    expect(fact.style('label')).toBe('x');
    expect(cy.getElementById('p').style('shape')).toBe(entityStyle('Person').shape);
  });
});

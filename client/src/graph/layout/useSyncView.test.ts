import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { visibleElements } from './useSyncView.ts';

describe('visibleElements (what a layout places)', () => {
  it('leaves out hidden and filtered entities, and every relationship that touches one', () => {
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'tiktok' } },
        { data: { id: 'bytedance' } },
        { data: { id: 'shou-zi-chew' }, classes: 'filtered' },
        { data: { id: 'oracle' }, classes: 'hidden' },
        { data: { id: 'owns', source: 'bytedance', target: 'tiktok' } },
        { data: { id: 'ceo-of', source: 'shou-zi-chew', target: 'tiktok' } },
        { data: { id: 'stores', source: 'oracle', target: 'tiktok' } },
        { data: { id: 'bans', source: 'bytedance', target: 'tiktok' }, classes: 'filtered' },
      ],
    });
    expect(
      visibleElements(cy)
        .map((ele) => ele.id())
        .sort(),
    ).toStrictEqual(['bytedance', 'owns', 'tiktok']);
    cy.destroy();
  });
});

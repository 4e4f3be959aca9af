import { describe, expect, it } from 'vitest';
import { FIXTURE_GRAPH, nodeDto, relationshipDto } from '../api/fixtureGraph.ts';
import { displayName, relationshipLabel } from '../domain/entities.ts';
import { edgeToElement, moreElements, nodeToElement, shortLabel } from './toElements.ts';

describe('toElements', () => {
  it('turns a node DTO into element data the stylesheet keys on', () => {
    const node = FIXTURE_GRAPH.nodes.find((n) => n.id === 'shou-zi-chew');
    if (!node) throw new Error('fixture changed');
    expect(nodeToElement(node)).toStrictEqual({
      group: 'nodes',
      data: { id: 'shou-zi-chew', label: 'Shou Zi Chew', name: 'Shou Zi Chew', type: 'Person' },
    });
  });

  it('turns an attributed claim into an edge with stance and first evidence sentence', () => {
    const edge = FIXTURE_GRAPH.edges.find((e) => e.id === 'r-tiktok-denies');
    if (!edge) throw new Error('fixture changed');
    expect(edgeToElement(edge)).toStrictEqual({
      group: 'edges',
      data: {
        id: 'r-tiktok-denies',
        source: 'tiktok',
        target: 'china',
        label: 'gives data access to',
        type: 'GIVES_DATA_ACCESS_TO',
        attribution: 'attributed',
        stance: 'denies',
        firstSentence: 2,
      },
    });
  });

  it('treats a relationship without attribution as narrated and without evidence as last', () => {
    const data = edgeToElement(relationshipDto('r', 'a', 'b', { attribution: null })).data;
    expect(data.attribution).toBe('narrated');
    expect(data.stance).toBeUndefined();
    expect(data.firstSentence).toBe(Number.POSITIVE_INFINITY);
  });

  // The fallback to a title, then the id, is decoded on the server now (toEntities.test.ts).
  it('names nodes by the name the server sent, and relationship types by their label', () => {
    expect(displayName(nodeDto('4:x:1', { labels: ['Article'], name: 'A title' }))).toBe('A title');
    expect(relationshipLabel('SPOKESPERSON_OF')).toBe('spokesperson of');
  });

  it('builds an "N more" placeholder linked to its anchor', () => {
    expect(moreElements('tiktok', 7)).toStrictEqual([
      {
        group: 'nodes',
        data: { id: 'more:tiktok', label: '7 more…', anchor: 'tiktok' },
        classes: 'more',
      },
      {
        group: 'edges',
        data: { id: 'more:tiktok:edge', source: 'tiktok', target: 'more:tiktok', label: '' },
        classes: 'more',
      },
    ]);
  });
});

describe('shortLabel', () => {
  it('keeps short names and cuts long claims at a word, with an ellipsis', () => {
    expect(shortLabel('TikTok')).toBe('TikTok');
    expect(shortLabel('China attaches great importance to the protection of private data')).toBe(
      'China attaches great importance to…',
    );
  });
});

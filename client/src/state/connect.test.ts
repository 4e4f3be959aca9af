import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_GRAPH, nodeDto } from '../api/fixtureGraph.ts';
import type { RelationshipDto, EntityDto } from '../api/types.ts';
import { AMONG_MAX_IDS, AMONG_MAX_NEW_IDS, relationshipsAmongBody } from '@newsgraph/model';
import {
  capNotice,
  connectChunks,
  connectInChunks,
  connectRequest,
  mergeGraphs,
  tooManyToConnect,
  withConnectingEdges,
  type GrowAction,
} from './connect.ts';
import { historyReducer, EMPTY_HISTORY } from './history.ts';
import { EMPTY_VIEW, viewReducer } from './viewState.ts';

const node = (id: string): EntityDto => {
  const found = FIXTURE_GRAPH.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no fixture node ${id}`);
  return found;
};
const edge = (id: string): RelationshipDto => {
  const found = FIXTURE_GRAPH.edges.find((e) => e.id === id);
  if (!found) throw new Error(`no fixture edge ${id}`);
  return found;
};
const article: EntityDto = nodeDto('4:abc:1', { labels: ['Article'], name: 'x' });

const twoOnCanvas = viewReducer(EMPTY_VIEW, {
  type: 'addGraph',
  graph: { nodes: [node('tiktok'), node('china')], edges: [] },
});

describe('connectRequest', () => {
  it('names the entities an expansion adds as new and the others as visible', () => {
    expect(
      connectRequest(
        twoOnCanvas,
        {
          type: 'addGraph',
          graph: { nodes: [node('tiktok'), node('shou-zi-chew'), article], edges: [] },
        },
        50,
      ),
    ).toStrictEqual({ newIds: ['shou-zi-chew'], visibleIds: ['tiktok', 'china'], limit: 50 });
  });

  it('treats every entity of a replacing result as new, and nothing as visible', () => {
    expect(
      connectRequest(twoOnCanvas, {
        type: 'replaceGraph',
        graph: { nodes: [node('tiktok'), node('tiktok'), article], edges: [] },
      }),
    ).toStrictEqual({ newIds: ['tiktok'], visibleIds: [], limit: 1000 });
  });

  it('asks nothing when no entity is new', () => {
    expect(
      connectRequest(twoOnCanvas, {
        type: 'addGraph',
        graph: { nodes: [node('china'), article], edges: [] },
      }),
    ).toBeNull();
  });
});

describe('withConnectingEdges', () => {
  it('adds the connecting edges once, and the result is one undo step', () => {
    const action: GrowAction = {
      type: 'addGraph',
      graph: { nodes: [node('shou-zi-chew')], edges: [] },
    };
    const connected = withConnectingEdges(action, [edge('r-chew-ceo'), edge('r-chew-ceo')]);
    expect(connected.graph.edges.map((e) => e.id)).toStrictEqual(['r-chew-ceo']);
    const start = historyReducer(EMPTY_HISTORY, { type: 'reset', view: twoOnCanvas });
    const grown = historyReducer(start, connected);
    expect(Object.keys(grown.present.edges)).toStrictEqual(['r-chew-ceo']);
    expect(grown.past).toHaveLength(1);
    const undone = historyReducer(grown, { type: 'undo' });
    expect(undone.present).toBe(twoOnCanvas);
  });

  it('keeps edges the action already had and returns the action itself when nothing is added', () => {
    const action = {
      type: 'addGraph' as const,
      graph: { nodes: [node('shou-zi-chew')], edges: [edge('r-chew-ceo')] },
    };
    expect(withConnectingEdges(action, [])).toBe(action);
    expect(withConnectingEdges(action, [edge('r-chew-ceo')]).graph.edges).toHaveLength(1);
  });
});

describe('capNotice', () => {
  it('says how many relationships the cap left out', () => {
    expect(capNotice({ edges: [edge('r-chew-ceo')], total: 4, truncated: true, limit: 1 })).toBe(
      '3 relationships among the entities shown were not drawn (at most 1 are connected at once).',
    );
    expect(capNotice({ edges: [], total: 0, truncated: false, limit: 1 })).toBeNull();
  });
});

describe('connectChunks', () => {
  const ids = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}-${String(i)}`);
  const big = {
    newIds: ids('new', 2 * AMONG_MAX_NEW_IDS + 1),
    visibleIds: ids('old', 3),
    limit: 1000,
  };

  it('asks in requests the API accepts, one per thousand new entities', () => {
    const chunks = connectChunks(big) ?? [];
    expect(chunks.map((chunk) => chunk.newIds.length)).toEqual([
      AMONG_MAX_NEW_IDS,
      AMONG_MAX_NEW_IDS,
      1,
    ]);
    // The API's own schema decides; a request it would refuse must not be sent.
    for (const chunk of chunks) expect(relationshipsAmongBody.safeParse(chunk).success).toBe(true);
    // At most a thousand new entities, one request as before.
    const small = { newIds: ids('new', AMONG_MAX_NEW_IDS), visibleIds: ids('old', 3), limit: 1000 };
    expect(connectChunks(small)).toEqual([small]);
  });

  it('asks about every pair of entities exactly once', () => {
    const chunks = connectChunks(big) ?? [];
    const askedAbout = (a: string, b: string) =>
      chunks.filter((chunk) => {
        const everyone = new Set([...chunk.newIds, ...chunk.visibleIds]);
        return (
          (chunk.newIds.includes(a) && everyone.has(b)) ||
          (chunk.newIds.includes(b) && everyone.has(a))
        );
      }).length;
    // Within a chunk, across chunks both ways, with an entity that stays, and at the edges.
    for (const [a, b] of [
      ['new-0', 'new-999'],
      ['new-999', 'new-1000'],
      ['new-2000', 'new-5'],
      ['new-1500', 'new-1999'],
      ['old-0', 'new-0'],
      ['new-2000', 'old-2'],
    ] as const)
      expect(askedAbout(a, b), `${a} and ${b}`).toBe(1);
    // Two entities that stay are not the addition's to connect.
    expect(askedAbout('old-0', 'old-1')).toBe(0);
  });

  it('asks nothing past the API’s limit on the entities named, and says so', () => {
    const tooMany = {
      newIds: ids('new', 10),
      visibleIds: ids('old', AMONG_MAX_IDS - 9),
      limit: 1000,
    };
    expect(
      connectChunks({ ...tooMany, visibleIds: ids('old', AMONG_MAX_IDS - 10) }),
    ).not.toBeNull();
    expect(connectChunks(tooMany)).toBeNull();
    expect(tooManyToConnect(tooMany)).toBe(
      'Relationships among the entities shown were not looked up: 5,001 entities are more than connecting covers (5,000). Only the relationships the result holds are drawn.',
    );
  });
});

describe('connectInChunks', () => {
  // Each chunk's answer as the API gives it: its relationships up to the limit, and how many
  // there are. Chunks ask about disjoint pairs, so no relationship is in two answers.
  const first = [edge('r-chew-ceo'), edge('r-tiktok-denies')];
  const answers = [
    first,
    [] as RelationshipDto[],
    FIXTURE_GRAPH.edges.filter((e) => !first.includes(e)).slice(0, 3),
  ];
  const ask = vi.fn((request: { limit: number; newIds: string[] }) => {
    const all = answers[Number(request.newIds[0])] ?? [];
    const edges = all.slice(0, request.limit);
    return Promise.resolve({
      edges,
      total: all.length,
      truncated: edges.length < all.length,
      limit: request.limit,
    });
  });
  const chunks = ['0', '1', '2'].map((id) => ({ newIds: [id], visibleIds: [], limit: 1000 }));

  it('adds the chunks’ relationships and their totals', async () => {
    const result = await connectInChunks(ask, chunks, 1000);
    expect(result.edges).toEqual([...(answers[0] ?? []), ...(answers[2] ?? [])]);
    expect(result).toMatchObject({ total: 5, truncated: false, limit: 1000 });
    expect(capNotice(result)).toBeNull();
  });

  it('shares one cap across the chunks, and still counts what the later ones would add', async () => {
    ask.mockClear();
    const result = await connectInChunks(ask, chunks, 2);
    expect(result.edges).toHaveLength(2);
    expect(result.total).toBe(5);
    expect(result.truncated).toBe(true);
    expect(ask.mock.calls.map(([request]) => request.limit)).toEqual([2, 1, 1]);
    expect(capNotice(result)).toBe(
      '3 relationships among the entities shown were not drawn (at most 2 are connected at once).',
    );
  });
});

describe('mergeGraphs', () => {
  it('keeps each entity and relationship once, in the order first seen', () => {
    const [a, b, c] = FIXTURE_GRAPH.nodes;
    const [r, q] = FIXTURE_GRAPH.edges;
    if (!a || !b || !c || !r || !q) throw new Error('The fixture graph is too small.');
    const merged = mergeGraphs([
      { nodes: [a, b], edges: [r] },
      { nodes: [b, c], edges: [r, q] },
      { nodes: [], edges: [] },
    ]);
    expect(merged).toStrictEqual({ nodes: [a, b, c], edges: [r, q] });
    expect(mergeGraphs([])).toStrictEqual({ nodes: [], edges: [] });
  });
});

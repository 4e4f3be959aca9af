import { describe, expect, it } from 'vitest';
import { FIXTURE_GRAPH, nodeDto } from '../api/fixtureGraph.ts';
import type { RelationshipDto, EntityDto } from '../api/types.ts';
import { AMONG_MAX_IDS, AMONG_MAX_NEW_IDS, relationshipsAmongBody } from '@newsgraph/model';
import {
  capNotice,
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

describe('tooManyToConnect', () => {
  const ids = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}-${String(i)}`);
  const cases = [
    { newIds: ids('new', AMONG_MAX_NEW_IDS), visibleIds: [] },
    { newIds: ids('new', AMONG_MAX_NEW_IDS + 1), visibleIds: [] },
    { newIds: ids('new', 10), visibleIds: ids('old', AMONG_MAX_IDS - 10) },
    { newIds: ids('new', 10), visibleIds: ids('old', AMONG_MAX_IDS - 9) },
  ].map((request) => ({ ...request, limit: 1000 }));

  it('sends exactly the requests the API accepts, and tells of the others', () => {
    // The API's own schema decides; a request it would refuse must not be sent.
    for (const request of cases)
      expect(tooManyToConnect(request) === null).toBe(
        relationshipsAmongBody.safeParse(request).success,
      );
    expect(cases.map((request) => tooManyToConnect(request) === null)).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('says what was not looked up, and why', () => {
    expect(tooManyToConnect(cases[1] as (typeof cases)[number])).toBe(
      'Relationships among the entities shown were not looked up: 1,001 new entities (1,001 in all) are more than connecting covers at once (1,000 new, 5,000 in all). Only the relationships the result holds are drawn.',
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

import { describe, expect, it } from 'vitest';
import { droppedStatements, statementsIn } from './restate.ts';

const graph = (entities: object[], relationships: object[] = []) =>
  statementsIn(JSON.stringify({ entities, relationships }));

describe('droppedStatements', () => {
  const before = graph(
    [
      { id: 'tiktok', name: 'TikTok', properties: { note: 'a', users: 1 } },
      { id: 'oracle', name: 'Oracle', properties: {} },
      { id: 'ada', name: 'Ada', properties: { role: 'student' } },
    ],
    [{ id: 'ada-uses-tiktok', attribution: 'narrated', properties: { since: 2020 } }],
  );

  it('lists every element of a removed article as left whole, with the keys it set', () => {
    const dropped = droppedStatements(before, undefined);
    expect(dropped.entities).toStrictEqual(
      new Map([
        ['tiktok', { keys: new Set(['note', 'users']), whole: true }],
        ['oracle', { keys: new Set(), whole: true }],
        ['ada', { keys: new Set(['role']), whole: true }],
      ]),
    );
    expect(dropped.relationships).toStrictEqual(
      new Map([['ada-uses-tiktok', { keys: new Set(['since']), whole: true }]]),
    );
  });

  it('lists only the properties a new version drops from elements it keeps, and what it left', () => {
    const now = graph(
      [
        { id: 'tiktok', name: 'TikTok', properties: { users: 2 } },
        { id: 'oracle', name: 'Oracle Corp.', properties: { added: true } },
      ],
      [{ id: 'ada-uses-tiktok', attribution: 'reported', properties: { since: 2021 } }],
    );
    const dropped = droppedStatements(before, now);
    expect(dropped.entities).toStrictEqual(
      new Map([
        ['tiktok', { keys: new Set(['note']), whole: false }],
        ['ada', { keys: new Set(['role']), whole: true }],
      ]),
    );
    // A changed value is the new version's to write; only a missing key needs restating.
    expect(dropped.relationships).toStrictEqual(new Map());
  });

  it('reads a missing document as stating nothing', () => {
    const nothing = statementsIn(null);
    expect(droppedStatements(nothing, before)).toStrictEqual({
      entities: new Map(),
      relationships: new Map(),
    });
  });
});

import { describe, expect, it } from 'vitest';
import { createFixtureApi } from '../../api/fixtureApi.ts';
import { initialView } from './restoreView.ts';
import type { SharedView } from './urlState.ts';

describe('a link naming an entity merged away since it was made', () => {
  // "tiktok-inc" was merged into "tiktok": the server leads the old id there.
  const fixture = createFixtureApi();
  const api = {
    ...fixture,
    resolveEntity: (id: string) =>
      id === 'tiktok-inc'
        ? Promise.resolve({ id, resolvedId: 'tiktok', mergeId: 'm-1' })
        : fixture.resolveEntity(id),
  };
  const link: SharedView = {
    nodeIds: ['tiktok-inc', 'bytedance'],
    pinned: { 'tiktok-inc': { x: 1, y: 2 } },
    selection: ['tiktok-inc'],
    layout: 'fcose',
    query: null,
    path: null,
  };

  it('opens the entity it was merged into, selected and pinned as the link said', async () => {
    const { view, shared } = await initialView(api, link);
    expect(shared).toStrictEqual({
      ...link,
      nodeIds: ['tiktok', 'bytedance'],
      pinned: { tiktok: { x: 1, y: 2 } },
      selection: ['tiktok'],
    });
    expect(Object.keys(view.nodes).sort()).toStrictEqual(['bytedance', 'tiktok']);
    expect(view.pinned).toStrictEqual({ tiktok: { x: 1, y: 2 } });
  });

  it('leaves a link whose entities all exist as it is', async () => {
    const current = { ...link, nodeIds: ['tiktok'], pinned: {}, selection: ['tiktok'] };
    expect((await initialView(api, current)).shared).toStrictEqual(current);
  });
});

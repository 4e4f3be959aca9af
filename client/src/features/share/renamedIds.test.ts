import { describe, expect, it } from 'vitest';
import { withRenamedIds } from './renamedIds.ts';
import { decodeSharedView, encodeSharedView, type SharedView } from './urlState.ts';

const NEW = 'afp-2023-03-24-china-tiktok-data-other-organizations';

describe('links shared before generic ids were article-scoped', () => {
  const old: SharedView = {
    nodeIds: ['tiktok', 'other-organizations'],
    pinned: { 'other-organizations': { x: 10, y: 20 } },
    selection: ['other-organizations'],
    layout: 'fcose',
    query: null,
    path: { from: 'young-people', to: 'tiktok', index: 0 },
  };

  it('open the same entities under their new ids', () => {
    expect(withRenamedIds(old)).toStrictEqual({
      ...old,
      nodeIds: ['tiktok', NEW],
      pinned: { [NEW]: { x: 10, y: 20 } },
      selection: [NEW],
      path: { from: 'afp-2023-03-24-china-tiktok-data-young-people', to: 'tiktok', index: 0 },
    });
  });

  it('are renamed after decoding, and new links keep their ids', () => {
    const decode = (view: SharedView) => {
      const decoded = decodeSharedView(encodeSharedView(view));
      return decoded === null ? null : withRenamedIds(decoded).nodeIds;
    };
    expect(decode(old)).toStrictEqual(['tiktok', NEW]);
    expect(decode({ ...old, nodeIds: [NEW], pinned: {}, selection: [], path: null })).toStrictEqual(
      [NEW],
    );
  });
});

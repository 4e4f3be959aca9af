import { describe, expect, it } from 'vitest';
import { decodeSharedView, encodeSharedView, type SharedView } from './urlState.ts';

const view: SharedView = {
  nodeIds: ['tiktok', '4:ab,c:12', 'shou zi/chew'],
  pinned: { tiktok: { x: 10.4, y: -20.6 }, 'odd@id;x': { x: 1, y: 2 } },
  selection: ['tiktok'],
  layout: 'concentric',
  query: { id: 'q-neighbours', params: { id: 'tiktok', limit: 5, deep: true } },
};

describe('shared view URL', () => {
  it('round-trips ids with separators in them, rounding pinned positions', () => {
    const decoded = decodeSharedView(`#${encodeSharedView(view)}`);
    expect(decoded).toStrictEqual({
      ...view,
      pinned: { tiktok: { x: 10, y: -21 }, 'odd@id;x': { x: 1, y: 2 } },
    });
  });

  it('reads a view without query, pins or selection', () => {
    const bare: SharedView = {
      nodeIds: ['a'],
      pinned: {},
      selection: [],
      layout: 'fcose',
      query: null,
    };
    expect(decodeSharedView(encodeSharedView(bare))).toStrictEqual(bare);
  });

  it('is readable: plain ids stay plain', () => {
    expect(
      encodeSharedView({ ...view, nodeIds: ['tiktok', 'china'], pinned: {}, query: null }),
    ).toBe('v=1&layout=concentric&nodes=tiktok,china&sel=tiktok');
  });

  it('ignores fragments that are not shared views, and unknown layouts', () => {
    expect(decodeSharedView('')).toBeNull();
    expect(decodeSharedView('#section-2')).toBeNull();
    expect(decodeSharedView('#v=1&layout=spiral&nodes=a')?.layout).toBe('fcose');
  });

  it('never carries a token: only ids, positions, layout and query params are encoded', () => {
    // A view object that has picked up secrets on the way (as app state might):
    // only the fields a shared view names may reach the URL.
    const secret = 'S3cret-write-token-77';
    const leaky = { ...view, token: secret, authorization: `Bearer ${secret}` } as SharedView;
    const encoded = encodeSharedView(leaky);
    expect(encoded).not.toContain(secret);
    expect(encoded).not.toMatch(/token|authorization|bearer/i);
    expect(encoded).toBe(encodeSharedView(view));
  });
});

import { describe, expect, it } from 'vitest';
import {
  decodeSharedView,
  encodeBoundedView,
  encodeSharedView,
  type SharedView,
} from './urlState.ts';

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

  it('round-trips filters, path, positions, viewport, replay and theme, compactly', () => {
    const rich: SharedView = {
      nodeIds: ['tiktok', 'china', 'oracle'],
      pinned: {},
      selection: [],
      layout: 'fcose',
      query: null,
      hiddenNodeTypes: ['Claim'],
      hiddenEdgeTypes: ['DENIES', 'OWNS'],
      path: { from: 'mao-ning', to: 'oracle', index: 3 },
      positions: [{ x: 10.4, y: -3.5 }, null, { x: 0, y: 7 }],
      viewport: { zoom: 1.234567, pan: { x: 101.6, y: -2 } },
      replayUntil: 4,
      theme: 'dark',
    };
    const encoded = encodeSharedView(rich);
    expect(encoded).toBe(
      'v=1&layout=fcose&nodes=tiktok,china,oracle&types=Claim&etypes=DENIES,OWNS' +
        '&path=mao-ning,oracle,3&pos=10,-3;;0,7&zoom=1.2346&pan=102,-2&replay=4&theme=dark',
    );
    expect(decodeSharedView(encoded)).toStrictEqual({
      ...rich,
      positions: [{ x: 10, y: -3 }, null, { x: 0, y: 7 }],
      viewport: { zoom: 1.2346, pan: { x: 102, y: -2 } },
    });
    const all = decodeSharedView(
      encodeSharedView({ ...rich, path: { from: 'mao-ning', to: 'oracle', index: null } }),
    );
    expect(all?.path).toStrictEqual({ from: 'mao-ning', to: 'oracle', index: null });
  });

  it('round-trips the Dates filter, open ends included, and ignores a malformed one', () => {
    const bare: SharedView = {
      nodeIds: ['a'],
      pinned: {},
      selection: [],
      layout: 'fcose',
      query: null,
    };
    const dated = { ...bare, dates: { from: '2023-03-01', to: null, showUndated: false } };
    expect(encodeSharedView(dated)).toBe('v=1&layout=fcose&nodes=a&dates=2023-03-01,,dated');
    expect(decodeSharedView(encodeSharedView(dated))).toStrictEqual(dated);
    const upTo = { ...bare, dates: { from: null, to: '2022-12-31', showUndated: true } };
    expect(decodeSharedView(encodeSharedView(upTo))).toStrictEqual(upTo);
    for (const bad of ['2023-3-1,,dated', '2023-03-01,,maybe', 'yesterday', '']) {
      expect(decodeSharedView(`v=1&layout=fcose&nodes=a&dates=${bad}`)).toStrictEqual(bare);
    }
  });

  it('drops positions, then nodes, from a view too large for a link', () => {
    const nodeIds = Array.from({ length: 300 }, (_, i) => `entity-number-${String(i)}`);
    const big: SharedView = {
      nodeIds,
      pinned: {},
      selection: [],
      layout: 'grid',
      query: null,
      positions: nodeIds.map((_, i) => ({ x: i * 100, y: -i * 100 })),
    };
    expect(encodeBoundedView(big, 100_000).dropped).toBeNull();
    const noPositions = encodeBoundedView(big, 8000);
    expect(noPositions.dropped).toBe('positions');
    expect(noPositions.fragment).not.toContain('pos=');
    expect(decodeSharedView(noPositions.fragment)?.nodeIds).toStrictEqual(nodeIds);
    const bare = encodeBoundedView(big, 500);
    expect(bare).toStrictEqual({ fragment: 'v=1&layout=grid&nodes=', dropped: 'nodes' });
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

import type { PropertyValue } from '../../api/types.ts';
import type { DateFilter } from '../../state/dateFilter.ts';
import { LAYOUT_NAMES, type LayoutName, type Position } from '../../state/viewState.ts';

/**
 * What a shared link restores. It holds ids, positions and the query's
 * parameters only: never a token or any other credential.
 */
export interface SharedView {
  nodeIds: string[];
  pinned: Record<string, Position>;
  selection: string[];
  layout: LayoutName;
  query: { id: string; params: Record<string, PropertyValue> } | null;
  /** Entity and relationship types filtered out. */
  hiddenNodeTypes?: string[];
  hiddenEdgeTypes?: string[];
  /** The highlighted shortest path: its ends and which of the equally short ones (null: all). */
  path?: { from: string; to: string; index: number | null } | null;
  /** Where each node of `nodeIds` is, in the same order (null: not known), rounded to whole units. */
  positions?: (Position | null)[];
  viewport?: { zoom: number; pan: Position } | null;
  replayUntil?: number | null;
  theme?: 'light' | 'dark' | null;
  /** The Dates filter, when it is on (state/dateFilter.ts). */
  dates?: DateFilter | null;
}

/** Past this many characters a fragment is not shared with positions; browsers and chat apps cut long links. */
export const MAX_FRAGMENT_LENGTH = 8000;

const VERSION = '1';
const enc = encodeURIComponent;

function list(ids: readonly string[]): string {
  return ids.map(enc).join(',');
}

function parseList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
}

/**
 * Builds the URL fragment (without '#'). Each id is percent-encoded on its
 * own so ',' ';' '@' can separate them whatever the ids contain.
 */
export function encodeSharedView(view: SharedView): string {
  const parts = [`v=${VERSION}`, `layout=${view.layout}`, `nodes=${list(view.nodeIds)}`];
  const pins = Object.entries(view.pinned).map(
    ([id, { x, y }]) => `${enc(id)}@${String(Math.round(x))},${String(Math.round(y))}`,
  );
  if (pins.length > 0) parts.push(`pins=${pins.join(';')}`);
  if (view.selection.length > 0) parts.push(`sel=${list(view.selection)}`);
  if (view.hiddenNodeTypes?.length) parts.push(`types=${list(view.hiddenNodeTypes)}`);
  if (view.hiddenEdgeTypes?.length) parts.push(`etypes=${list(view.hiddenEdgeTypes)}`);
  if (view.path) {
    const which = view.path.index === null ? 'all' : String(view.path.index);
    parts.push(`path=${list([view.path.from, view.path.to])},${which}`);
  }
  if (view.positions?.some((p) => p !== null)) {
    const pos = view.positions.map((p) => (p ? `${round(p.x)},${round(p.y)}` : ''));
    parts.push(`pos=${pos.join(';')}`);
  }
  if (view.viewport) {
    const { zoom, pan } = view.viewport;
    parts.push(`zoom=${String(Math.round(zoom * 10_000) / 10_000)}`);
    parts.push(`pan=${round(pan.x)},${round(pan.y)}`);
  }
  if (typeof view.replayUntil === 'number') parts.push(`replay=${String(view.replayUntil)}`);
  if (view.dates) {
    const { from, to, showUndated } = view.dates;
    parts.push(`dates=${from ?? ''},${to ?? ''},${showUndated ? 'undated' : 'dated'}`);
  }
  if (view.theme) parts.push(`theme=${view.theme}`);
  if (view.query) {
    parts.push(`query=${enc(view.query.id)}`);
    if (Object.keys(view.query.params).length > 0)
      parts.push(`params=${enc(JSON.stringify(view.query.params))}`);
  }
  return parts.join('&');
}

const round = (n: number): string => String(Math.round(n));

/**
 * Like encodeSharedView, but never longer than `max`: a view too large for
 * a link drops its node positions first, then its nodes (the link then
 * opens the start view). `dropped` says what was left out.
 */
export function encodeBoundedView(
  view: SharedView,
  max = MAX_FRAGMENT_LENGTH,
): { fragment: string; dropped: 'positions' | 'nodes' | null } {
  const full = encodeSharedView(view);
  if (full.length <= max) return { fragment: full, dropped: null };
  const withoutPositions = encodeSharedView({ ...view, positions: [] });
  if (withoutPositions.length <= max) return { fragment: withoutPositions, dropped: 'positions' };
  const bare = { ...view, nodeIds: [], positions: [], pinned: {}, selection: [], path: null };
  return { fragment: encodeSharedView(bare), dropped: 'nodes' };
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

function parsePoint(text: string | undefined): Position | null {
  const [x, y] = (text ?? '').split(',');
  return x && y && NUMBER.test(x) && NUMBER.test(y) ? { x: Number(x), y: Number(y) } : null;
}

function parsePath(value: string | undefined): SharedView['path'] {
  const [from, to, which] = (value ?? '').split(',');
  if (!from || !to || !which) return null;
  const index = which === 'all' ? null : Number(which);
  if (index !== null && !Number.isInteger(index)) return null;
  return { from: decodeURIComponent(from), to: decodeURIComponent(to), index };
}

function parseViewport(zoom: string | undefined, pan: string | undefined): SharedView['viewport'] {
  const point = parsePoint(pan);
  if (!zoom || !NUMBER.test(zoom) || !point || Number(zoom) <= 0) return null;
  return { zoom: Number(zoom), pan: point };
}

function parsePins(value: string | undefined): Record<string, Position> {
  const pins: Record<string, Position> = {};
  for (const entry of value?.split(';') ?? []) {
    const match = /^(.+)@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(entry);
    if (match?.[1] && match[2] && match[3]) {
      pins[decodeURIComponent(match[1])] = { x: Number(match[2]), y: Number(match[3]) };
    }
  }
  return pins;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `from,to,undated|dated`, either day empty for an open end; anything else is no filter. */
function parseDates(value: string | undefined): DateFilter | null {
  const [from = '', to = '', which] = (value ?? '').split(',');
  if (which !== 'undated' && which !== 'dated') return null;
  if ((from !== '' && !DAY.test(from)) || (to !== '' && !DAY.test(to))) return null;
  return { from: from || null, to: to || null, showUndated: which === 'undated' };
}

function parseParams(value: string | undefined): Record<string, PropertyValue> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(value));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, PropertyValue>)
      : {};
  } catch {
    return {};
  }
}

/** Reads a fragment written by encodeSharedView; null when it is not one (e.g. empty). */
export function decodeSharedView(fragment: string): SharedView | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const fields = new Map<string, string>();
  for (const pair of text.split('&')) {
    const at = pair.indexOf('=');
    if (at > 0) fields.set(pair.slice(0, at), pair.slice(at + 1));
  }
  if (fields.get('v') !== VERSION) return null;
  const layout = fields.get('layout');
  const queryId = fields.get('query');
  const theme = fields.get('theme');
  const replay = Number(fields.get('replay') ?? NaN);
  // Optional parts appear only when the link has them, so older links read as before.
  const extras: Partial<SharedView> = {
    hiddenNodeTypes: parseList(fields.get('types')),
    hiddenEdgeTypes: parseList(fields.get('etypes')),
    path: parsePath(fields.get('path')),
    positions: (fields.get('pos')?.split(';') ?? []).map((entry) => parsePoint(entry)),
    viewport: parseViewport(fields.get('zoom'), fields.get('pan')),
    replayUntil: Number.isInteger(replay) ? replay : null,
    theme: theme === 'dark' || theme === 'light' ? theme : null,
    dates: parseDates(fields.get('dates')),
  };
  const present = Object.fromEntries(
    Object.entries(extras).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
  );
  return {
    ...present,
    nodeIds: parseList(fields.get('nodes')),
    pinned: parsePins(fields.get('pins')),
    selection: parseList(fields.get('sel')),
    layout: LAYOUT_NAMES.find((name) => name === layout) ?? 'fcose',
    query: queryId
      ? { id: decodeURIComponent(queryId), params: parseParams(fields.get('params')) }
      : null,
  };
}

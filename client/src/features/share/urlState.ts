import type { PropertyValue } from '../../api/types.ts';
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
}

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
  if (view.query) {
    parts.push(`query=${enc(view.query.id)}`);
    if (Object.keys(view.query.params).length > 0)
      parts.push(`params=${enc(JSON.stringify(view.query.params))}`);
  }
  return parts.join('&');
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
  return {
    nodeIds: parseList(fields.get('nodes')),
    pinned: parsePins(fields.get('pins')),
    selection: parseList(fields.get('sel')),
    layout: LAYOUT_NAMES.find((name) => name === layout) ?? 'fcose',
    query: queryId
      ? { id: decodeURIComponent(queryId), params: parseParams(fields.get('params')) }
      : null,
  };
}

import type { SharedView } from './urlState.ts';

const AFP = 'afp-2023-03-24-china-tiktok-data';

/**
 * Entity ids that changed, old → new, so that links shared before the
 * change still open the same view. Issue #14 made the AFP article's generic
 * entities article-scoped (a generic id starts with its article's id).
 */
export const RENAMED_IDS: Readonly<Record<string, string>> = Object.fromEntries(
  ['other-organizations', 'young-people', 'staff-in-china', 'chinese-companies'].map((id) => [
    id,
    `${AFP}-${id}`,
  ]),
);

const renamed = (id: string): string => RENAMED_IDS[id] ?? id;

/** A shared view with every entity id passed through `rename` (ids that meet are kept once). */
export function mapSharedIds(view: SharedView, rename: (id: string) => string): SharedView {
  return {
    ...view,
    nodeIds: [...new Set(view.nodeIds.map(rename))],
    pinned: Object.fromEntries(Object.entries(view.pinned).map(([id, at]) => [rename(id), at])),
    selection: [...new Set(view.selection.map(rename))],
    ...(view.path
      ? { path: { ...view.path, from: rename(view.path.from), to: rename(view.path.to) } }
      : {}),
  };
}

/** A shared view with every renamed entity id replaced by its new id. */
export function withRenamedIds(view: SharedView): SharedView {
  return mapSharedIds(view, renamed);
}

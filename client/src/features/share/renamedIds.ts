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

/** A shared view with every renamed entity id replaced by its new id. */
export function withRenamedIds(view: SharedView): SharedView {
  return {
    ...view,
    nodeIds: view.nodeIds.map(renamed),
    pinned: Object.fromEntries(Object.entries(view.pinned).map(([id, at]) => [renamed(id), at])),
    selection: view.selection.map(renamed),
    ...(view.path
      ? { path: { ...view.path, from: renamed(view.path.from), to: renamed(view.path.to) } }
      : {}),
  };
}

/**
 * Reverting one change as a new change: every entity, relationship and
 * source field that the change altered goes back to how it was before it,
 * provided nothing changed it since; otherwise the revert is refused and
 * names what stands in the way. Pure.
 */
import type { SeedArticle } from '@newsgraph/seed';
import { RevertConflictError } from '../../domain/errors.ts';

const SOURCE_FIELDS = ['title', 'outlet', 'publishedAt', 'language', 'url'] as const;

/** JSON with sorted keys, so that equal items compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function revertList<T extends { id: string }>(
  current: T[],
  before: readonly T[],
  after: readonly T[],
  what: string,
  conflicts: string[],
): T[] {
  const result = [...current];
  const ids = new Set([...before, ...after].map((item) => item.id));
  for (const id of ids) {
    const was = before.find((item) => item.id === id);
    const made = after.find((item) => item.id === id);
    if (canonical(was) === canonical(made)) continue;
    const index = result.findIndex((item) => item.id === id);
    const now = index === -1 ? undefined : result[index];
    if (canonical(now) !== canonical(made)) {
      conflicts.push(`${what} ${id} changed again since`);
      continue;
    }
    if (was === undefined) result.splice(index, 1);
    else if (index === -1) result.push(structuredClone(was));
    else result[index] = structuredClone(was);
  }
  return result;
}

/** The current article with one change undone; throws RevertConflictError when it cannot be. */
export function revertChange(
  current: SeedArticle,
  before: SeedArticle,
  after: SeedArticle,
  version: number,
): SeedArticle {
  const conflicts: string[] = [];
  const reverted: SeedArticle = {
    ...structuredClone(current),
    entities: revertList(current.entities, before.entities, after.entities, 'entity', conflicts),
    relationships: revertList(
      current.relationships,
      before.relationships,
      after.relationships,
      'relationship',
      conflicts,
    ),
  };
  for (const field of SOURCE_FIELDS) {
    if (before[field] === after[field]) continue;
    if (current[field] !== after[field]) conflicts.push(`the ${field} changed again since`);
    else if (field === 'url') {
      if (before.url === undefined) delete reverted.url;
      else reverted.url = before.url;
    } else reverted[field] = before[field];
  }
  if (conflicts.length > 0) {
    throw new RevertConflictError(
      `Version ${version} cannot be reverted: ${conflicts.join('; ')}. Revert the later changes first.`,
      { conflicts },
    );
  }
  return reverted;
}

/**
 * Suggestions that save typing, never silent facts: where the new text
 * names an entity the graph knows (by its name or an alias, with the
 * seeder's own mention rule), the reader proposes "use this entity". A
 * suggestion counts as accepted once the article has the entity under that
 * very wording; nothing joins the article until a person clicks.
 */
import { findMentions, type EntityType } from '@newsgraph/model';
import type { Mark } from './segments.ts';

/** An entity the suggestions can point at: from the published graph or this article. */
export interface KnownEntity {
  id: string;
  name: string;
  type: EntityType | null;
  aliases: readonly string[];
}

/** One wording of one known entity in the text, with where it first occurs. */
export interface Suggestion {
  entityId: string;
  entityName: string;
  type: EntityType | null;
  /** The words as the text has them. */
  surface: string;
  start: number;
  end: number;
  occurrences: number;
  accepted: boolean;
}

/** Whether `article` already holds `entityId` under `surface` (its name, or an alias it lists). */
function holds(article: readonly KnownEntity[], entityId: string, surface: string): boolean {
  const entity = article.find((e) => e.id === entityId);
  return entity !== undefined && (entity.name === surface || entity.aliases.includes(surface));
}

/** Known entities from both sources, one per id, aliases joined (the article may add some). */
export function mergeKnown(
  graph: readonly KnownEntity[],
  article: readonly KnownEntity[],
): KnownEntity[] {
  const byId = new Map<string, KnownEntity>();
  for (const entity of [...graph, ...article]) {
    const seen = byId.get(entity.id);
    byId.set(
      entity.id,
      seen
        ? { ...seen, aliases: [...new Set([...seen.aliases, ...entity.aliases])] }
        : { ...entity },
    );
  }
  return [...byId.values()];
}

/**
 * Every wording of a known entity in `text`, in text order, marked
 * accepted when the article holds the entity under that wording. Claims
 * are left out: their names are sentences, not mentions.
 */
export function suggestMentions(
  text: string,
  known: readonly KnownEntity[],
  article: readonly KnownEntity[],
): Suggestion[] {
  const named = known.filter((entity) => entity.type !== 'Claim');
  const byId = new Map(named.map((entity) => [entity.id, entity]));
  const groups = new Map<string, Suggestion>();
  for (const mention of findMentions(text, named)) {
    const entity = byId.get(mention.entityId);
    if (!entity) continue;
    const surface = text.slice(mention.start, mention.end);
    const key = `${entity.id}\u0000${surface}`;
    const seen = groups.get(key);
    if (seen) {
      seen.occurrences += 1;
      continue;
    }
    groups.set(key, {
      entityId: entity.id,
      entityName: entity.name,
      type: entity.type,
      surface,
      start: mention.start,
      end: mention.end,
      occurrences: 1,
      accepted: holds(article, entity.id, surface),
    });
  }
  return [...groups.values()];
}

/**
 * The mentions to draw: those the article holds as `entity` marks, the
 * rest as `suggestion` marks (the seeder would store only the first kind).
 */
export function mentionMarks(
  text: string,
  known: readonly KnownEntity[],
  article: readonly KnownEntity[],
): Mark[] {
  const named = known.filter((entity) => entity.type !== 'Claim');
  return findMentions(text, named).map((mention) => ({
    start: mention.start,
    end: mention.end,
    kind: holds(article, mention.entityId, text.slice(mention.start, mention.end))
      ? 'entity'
      : 'suggestion',
    refId: mention.entityId,
  }));
}

/**
 * What an edit refers to, checked: the selected text, entities and
 * relationships of this article or of the published graph, and ids that are
 * new. Shared by the edits in edits.ts.
 */
import type { ArticleEditDto, SelectionDto } from '@newsgraph/model';
import type { SeedArticle, SeedEntity, SeedRelationship } from '@newsgraph/seed';
import {
  AlreadyExistsError,
  SelectionMismatchError,
  UnknownEntityError,
  UnknownRelationshipError,
} from '../../domain/errors.ts';
import type { GraphLookups } from '../../graph/articleDocumentStore.ts';

export type Edit<K extends ArticleEditDto['kind']> = Extract<ArticleEditDto, { kind: K }>;

/** The text at a selection, checked: inside the text, as the client saw it, no outer whitespace. */
export function selectedText(text: string, selection: SelectionDto, field: string): string {
  if (selection.end > text.length) {
    throw new SelectionMismatchError(
      `${field}: ends at ${selection.end}, past the end of the text (${text.length} UTF-16 code units).`,
    );
  }
  const value = text.slice(selection.start, selection.end);
  if (selection.text !== undefined && selection.text !== value) {
    throw new SelectionMismatchError(
      `${field}: the text at [${selection.start}, ${selection.end}) is ${JSON.stringify(value)}, not ${JSON.stringify(selection.text)}; offsets count UTF-16 code units of the stored text.`,
    );
  }
  if (value.trim() !== value || value.trim() === '') {
    throw new SelectionMismatchError(
      `${field}: the selection ${JSON.stringify(value)} starts or ends with whitespace; select the words only.`,
    );
  }
  return value;
}

export const clone = (article: SeedArticle): SeedArticle => structuredClone(article);

export async function ensureEntity(
  article: SeedArticle,
  id: string,
  graph: GraphLookups,
  field: string,
): Promise<SeedEntity> {
  const known = article.entities.find((entity) => entity.id === id);
  if (known) return known;
  const stored = await graph.entity(id);
  if (!stored) {
    throw new UnknownEntityError(
      `${field}: no entity has the id "${id}", in this article or in the published graph. Create it first, or find its id with GET /api/search?q=…`,
    );
  }
  // Another article's entity joins this one: same id, type, name and description; no aliases yet.
  const entity: SeedEntity = { ...stored, aliases: [], properties: {} };
  article.entities.push(entity);
  return entity;
}

export async function assertNewEntityId(
  article: SeedArticle,
  id: string,
  graph: GraphLookups,
): Promise<void> {
  const existing = article.entities.find((entity) => entity.id === id) ?? (await graph.entity(id));
  if (existing) {
    throw new AlreadyExistsError(
      `An entity with the id "${id}" (${existing.name}, ${existing.type}) already exists: entities are shared across articles, so add your selection to it as an alias (addAlias), or send another "id" if it is a different ${existing.type}.`,
      { id, name: existing.name, type: existing.type },
    );
  }
  const other = await graph.otherDocumentWith(id);
  if (other !== null) {
    throw new AlreadyExistsError(
      `The id "${id}" is already used by the article "${other}" (a draft, or a published article's own entity). Send another "id".`,
      { id, articleId: other },
    );
  }
}

export function findRelationship(article: SeedArticle, id: string): SeedRelationship {
  const found = article.relationships.find((relationship) => relationship.id === id);
  if (!found) {
    throw new UnknownRelationshipError(
      `edit.relationshipId: this article has no relationship "${id}".`,
    );
  }
  return found;
}

/** A free relationship id: the plain one, else the first of -2, -3… that nothing uses. */
export async function freeRelationshipId(
  article: SeedArticle,
  base: string,
  edit: Edit<'createRelationship'>,
  graph: GraphLookups,
): Promise<string> {
  const same =
    article.relationships.find(
      (r) => r.type === edit.type && r.from === edit.from && r.to === edit.to,
    )?.id ?? (await graph.relationshipBetween(edit.type, edit.from, edit.to));
  if (same !== null) {
    throw new AlreadyExistsError(
      `The relationship "${same}" already states ${edit.from} ${edit.type} ${edit.to}; add your quote to it as evidence (addEvidence) instead of creating it again.`,
      { relationshipId: same },
    );
  }
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? base : `${base}-${n}`;
    const local = article.relationships.find((r) => r.id === id);
    const stored = local ?? (await graph.relationship(id));
    if (stored && stored.type === edit.type && stored.from === edit.from && stored.to === edit.to) {
      throw new AlreadyExistsError(
        `The relationship "${id}" already states ${edit.from} ${edit.type} ${edit.to}; add your quote to it as evidence (addEvidence) instead of creating it again.`,
        { relationshipId: id },
      );
    }
    if (stored) {
      if (edit.id !== undefined) {
        throw new AlreadyExistsError(`The relationship id "${id}" is taken; send another "id".`, {
          relationshipId: id,
        });
      }
      continue;
    }
    if ((await graph.otherDocumentWith(id)) === null) return id;
    if (edit.id !== undefined) {
      throw new AlreadyExistsError(`Another article already uses the id "${id}".`, {
        relationshipId: id,
      });
    }
  }
}

export const typeSlug = (type: string): string => type.toLowerCase().replaceAll('_', '-');

export function optionalFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/**
 * Applies one edit to an article's document. Pure apart from the look-ups
 * into the published graph, so it is tested without Neo4j. It never checks
 * the seed format's rules itself: the service runs the seeder's validator
 * on the whole result, so an edit cannot pass here and fail `seed --check`.
 */
import {
  ENTITY_TYPE_INFO,
  STANCE_OF_TYPE,
  type ArticleEditDto,
  type SelectionDto,
} from '@newsgraph/model';
import type { SeedArticle, SeedEntity, SeedRelationship } from '@newsgraph/seed';
import {
  AlreadyExistsError,
  InvalidEditError,
  SelectionMismatchError,
  UnknownEntityError,
  UnknownRelationshipError,
} from '../../domain/errors.ts';
import type { GraphLookups } from '../../graph/articleDocumentStore.ts';
import { slugify } from './slug.ts';

export interface EditResult {
  article: SeedArticle;
  summary: string;
  createdId?: string;
}

type Edit<K extends ArticleEditDto['kind']> = Extract<ArticleEditDto, { kind: K }>;

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

const clone = (article: SeedArticle): SeedArticle => structuredClone(article);

async function ensureEntity(
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

async function assertNewEntityId(
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

function findRelationship(article: SeedArticle, id: string): SeedRelationship {
  const found = article.relationships.find((relationship) => relationship.id === id);
  if (!found) {
    throw new UnknownRelationshipError(
      `edit.relationshipId: this article has no relationship "${id}".`,
    );
  }
  return found;
}

/** A free relationship id: the plain one, else the first of -2, -3… that nothing uses. */
async function freeRelationshipId(
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

const typeSlug = (type: string): string => type.toLowerCase().replaceAll('_', '-');

function optionalFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

export async function applyEdit(
  original: SeedArticle,
  edit: ArticleEditDto,
  graph: GraphLookups,
): Promise<EditResult> {
  const article = clone(original);
  const { text } = article;
  switch (edit.kind) {
    case 'createEntity': {
      const selected = selectedText(text, edit.selection, 'edit.selection');
      const name = edit.as === 'name' ? selected : edit.name;
      if (name === undefined) {
        throw new InvalidEditError('edit.name: give the name when the selection is an alias.');
      }
      const id = edit.id ?? slugify(name);
      await assertNewEntityId(article, id, graph);
      article.entities.push({
        id,
        name,
        type: edit.type,
        aliases: edit.as === 'alias' ? [selected] : [],
        description:
          edit.description ?? `${ENTITY_TYPE_INFO[edit.type].label} named in "${article.title}".`,
        properties: {},
      });
      return { article, summary: `Created the ${edit.type} "${name}" (${id})`, createdId: id };
    }
    case 'addAlias': {
      const selected = selectedText(text, edit.selection, 'edit.selection');
      const entity = await ensureEntity(article, edit.entityId, graph, 'edit.entityId');
      entity.aliases.push(selected);
      return { article, summary: `Added the alias "${selected}" to ${entity.id}` };
    }
    case 'removeAlias': {
      const entity = article.entities.find((e) => e.id === edit.entityId);
      if (!entity)
        throw new UnknownEntityError(
          `edit.entityId: this article has no entity "${edit.entityId}".`,
        );
      if (!entity.aliases.includes(edit.alias)) {
        throw new InvalidEditError(
          `edit.alias: "${edit.alias}" is not an alias of ${entity.id} in this article.`,
        );
      }
      entity.aliases = entity.aliases.filter((alias) => alias !== edit.alias);
      return { article, summary: `Removed the alias "${edit.alias}" from ${entity.id}` };
    }
    case 'deleteEntity': {
      if (!article.entities.some((e) => e.id === edit.entityId)) {
        throw new UnknownEntityError(
          `edit.entityId: this article has no entity "${edit.entityId}".`,
        );
      }
      const users = article.relationships.filter((r) =>
        [r.from, r.to, r.speaker].includes(edit.entityId),
      );
      if (users.length > 0) {
        throw new InvalidEditError(
          `edit.entityId: ${edit.entityId} is still used by ${users.map((r) => r.id).join(', ')}; delete those relationships first.`,
        );
      }
      article.entities = article.entities.filter((e) => e.id !== edit.entityId);
      return { article, summary: `Took the entity ${edit.entityId} off this article` };
    }
    case 'createRelationship': {
      const quote = selectedText(text, edit.evidence, 'edit.evidence');
      await ensureEntity(article, edit.from, graph, 'edit.from');
      await ensureEntity(article, edit.to, graph, 'edit.to');
      if (edit.speaker !== undefined)
        await ensureEntity(article, edit.speaker, graph, 'edit.speaker');
      const base = edit.id ?? `${edit.from}-${typeSlug(edit.type)}-${edit.to}`;
      const id = await freeRelationshipId(article, base, edit, graph);
      article.relationships.push({
        id,
        type: edit.type,
        from: edit.from,
        to: edit.to,
        attribution: edit.attribution,
        ...optionalFields({
          stance: edit.stance,
          speaker: edit.speaker,
          date: edit.date,
          scope: edit.scope,
        }),
        properties: {},
        evidence: [{ quote, start: edit.evidence.start, end: edit.evidence.end }],
      });
      return {
        article,
        summary: `Created ${edit.from} ${edit.type} ${edit.to} (${id}) with the quote "${quote}"`,
        createdId: id,
      };
    }
    case 'addEvidence': {
      const quote = selectedText(text, edit.evidence, 'edit.evidence');
      const evidence = { quote, start: edit.evidence.start, end: edit.evidence.end };
      const local = article.relationships.find((r) => r.id === edit.relationshipId);
      if (local) local.evidence.push(evidence);
      else {
        const stored = await graph.relationship(edit.relationshipId);
        if (!stored) {
          throw new UnknownRelationshipError(
            `edit.relationshipId: no relationship has the id "${edit.relationshipId}", in this article or in the published graph.`,
          );
        }
        for (const id of [stored.from, stored.to, stored.speaker]) {
          if (id !== undefined) await ensureEntity(article, id, graph, 'edit.relationshipId');
        }
        // The statement is the stored one; this article only adds its own quote.
        article.relationships.push({
          ...(stored as SeedRelationship),
          properties: {},
          evidence: [evidence],
        });
      }
      return { article, summary: `Added the quote "${quote}" to ${edit.relationshipId}` };
    }
    case 'removeEvidence': {
      const relationship = findRelationship(article, edit.relationshipId);
      const kept = relationship.evidence.filter(
        (e) => e.start !== edit.start || e.end !== edit.end,
      );
      if (kept.length === relationship.evidence.length) {
        throw new InvalidEditError(
          `edit.start: ${edit.relationshipId} has no quote at [${edit.start}, ${edit.end}) in this article.`,
        );
      }
      if (kept.length === 0) {
        throw new InvalidEditError(
          `edit.relationshipId: that is the only quote of ${edit.relationshipId} in this article; delete the relationship instead (deleteRelationship).`,
        );
      }
      relationship.evidence = kept;
      return { article, summary: `Removed a quote from ${edit.relationshipId}` };
    }
    case 'deleteRelationship': {
      findRelationship(article, edit.relationshipId);
      article.relationships = article.relationships.filter((r) => r.id !== edit.relationshipId);
      return { article, summary: `Took the relationship ${edit.relationshipId} off this article` };
    }
    case 'createClaim': {
      const selected = selectedText(text, edit.selection, 'edit.selection');
      const evidence = edit.evidence ?? edit.selection;
      const quote = edit.evidence ? selectedText(text, edit.evidence, 'edit.evidence') : selected;
      const name = edit.name ?? selected;
      const id = edit.id ?? `claim-${slugify(name, 60)}`;
      await assertNewEntityId(article, id, graph);
      await ensureEntity(article, edit.speaker, graph, 'edit.speaker');
      article.entities.push({
        id,
        name,
        type: 'Claim',
        aliases: [],
        description: edit.description ?? `A claim made in "${article.title}".`,
        properties: {},
      });
      const stanceId = `${edit.speaker}-${typeSlug(edit.stanceType)}-${id}`;
      article.relationships.push({
        id: stanceId,
        type: edit.stanceType,
        from: edit.speaker,
        to: id,
        attribution: 'attributed',
        ...optionalFields({ stance: STANCE_OF_TYPE[edit.stanceType], date: edit.date }),
        speaker: edit.speaker,
        properties: {},
        evidence: [{ quote, start: evidence.start, end: evidence.end }],
      });
      return {
        article,
        summary: `Created the claim "${name}" (${id}), which ${edit.speaker} ${edit.stanceType}`,
        createdId: id,
      };
    }
    case 'updateSource': {
      const fields = optionalFields({
        title: edit.title,
        outlet: edit.outlet,
        publishedAt: edit.publishedAt,
        language: edit.language,
        url: edit.url,
      });
      Object.assign(article, fields);
      return { article, summary: `Changed ${Object.keys(fields).join(', ') || 'nothing'}` };
    }
  }
}

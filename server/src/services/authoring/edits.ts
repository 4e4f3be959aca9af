/**
 * Applies one edit to an article's document. Pure apart from the look-ups
 * into the published graph, so it is tested without Neo4j. It never checks
 * the seed format's rules itself: the service runs the seeder's validator
 * on the whole result, so an edit cannot pass here and fail `seed --check`.
 */
import { ENTITY_TYPE_INFO, STANCE_OF_TYPE, type ArticleEditDto } from '@newsgraph/model';
import type { SeedArticle, SeedRelationship } from '@newsgraph/seed';
import {
  InvalidEditError,
  UnknownEntityError,
  UnknownRelationshipError,
} from '../../domain/errors.ts';
import type { GraphLookups } from '../../graph/articleDocumentStore.ts';
import {
  assertNewEntityId,
  clone,
  ensureEntity,
  findRelationship,
  freeRelationshipId,
  optionalFields,
  selectedText,
  typeSlug,
} from './references.ts';
import { slugify } from './slug.ts';

export { selectedText } from './references.ts';

export interface EditResult {
  article: SeedArticle;
  summary: string;
  createdId?: string;
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
      const joined = !article.entities.some((e) => e.id === edit.entityId);
      const entity = await ensureEntity(article, edit.entityId, graph, 'edit.entityId');
      // The text names the entity by its own name: the seed format lists no
      // alias equal to the name, so the edit only brings the entity into this
      // article (the reader's "use this entity" on a suggested mention).
      if (selected === entity.name) {
        if (!joined) {
          throw new InvalidEditError(
            `edit.selection: "${selected}" is the name of ${entity.id}, which this article has already; the name needs no alias.`,
          );
        }
        return { article, summary: `Linked ${entity.id} to this article by its name` };
      }
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

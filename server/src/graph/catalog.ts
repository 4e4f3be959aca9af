import { CHANGE_LABEL, DOCUMENT_LABEL } from '@newsgraph/seed/documents';
import { GRAPH_REVISION_LABEL } from '@newsgraph/seed/revision';
import neo4j, { type Driver, type Node } from 'neo4j-driver';
import {
  articleProvenanceSchema,
  type ArticleDto,
  type ArticleProvenanceDto,
  type ArticleSummaryDto,
  type SchemaDto,
  type SearchResultDto,
} from '@newsgraph/model';
import { NotFoundError } from '../domain/errors.ts';
import { buildCountsQuery, GET_ARTICLE, LIST_ARTICLES } from './queries/catalog.ts';
import { SEARCH_ENTITIES, buildLuceneQuery } from './queries/search.ts';
import { MERGED_ENTITY_LABEL } from './queries/merge.ts';
import type { SchemaCache } from './schemaCache.ts';
import { readQuery, type SessionOptions } from './session.ts';
import { toPropertyValue } from './toDomain.ts';
import { toEntityDto } from './toEntities.ts';

const BOOKKEEPING_LABELS: ReadonlySet<string> = new Set([
  'SavedQuery',
  GRAPH_REVISION_LABEL,
  DOCUMENT_LABEL,
  CHANGE_LABEL,
  MERGED_ENTITY_LABEL,
]);

const num = (value: unknown): number => Number(toPropertyValue(value));

function provenanceOf(value: unknown): ArticleProvenanceDto | null {
  const parsed = articleProvenanceSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function toSummary(record: { get(key: string): unknown }): ArticleSummaryDto {
  return {
    id: String(record.get('id')),
    title: String(record.get('title')),
    outlet: String(record.get('outlet')),
    publishedAt: String(record.get('publishedAt')),
    language: String(record.get('language')),
    sentenceCount: num(record.get('sentenceCount')),
    provenance: provenanceOf(record.get('provenance')),
  };
}

export function createCatalogQueries(driver: Driver, session: SessionOptions, schema: SchemaCache) {
  return {
    async search({ query, limit }: { query: string; limit: number }): Promise<SearchResultDto> {
      const lucene = buildLuceneQuery(query);
      if (lucene === null) return { query, hits: [] };
      const result = await readQuery<{ node: Node; score: number }>(
        driver,
        session,
        SEARCH_ENTITIES,
        {
          lucene,
          limit: neo4j.int(limit),
        },
      );
      return {
        query,
        hits: result.records.map((record) => ({
          node: toEntityDto(record.get('node')),
          score: record.get('score'),
        })),
      };
    },

    /** Counts come from Neo4j's count store: one lookup per label and type, whatever the graph's size. */
    async schema(): Promise<SchemaDto> {
      const names = await schema.names(true);
      // Bookkeeping, not data: the saved queries, the graph revision's single node, and
      // article documents with their history (drafts among them, which only writers may see).
      const labels = names.labels.filter((label) => !BOOKKEEPING_LABELS.has(label));
      const types = names.relationshipTypes;
      const values: unknown[] =
        labels.length + types.length === 0
          ? []
          : ((await readQuery(driver, session, buildCountsQuery(labels, types))).records[0]?.get(
              'counts',
            ) as unknown[]);
      return {
        labels: labels.map((label, index) => ({ label, count: num(values[index]) })),
        relationshipTypes: types.map((type, index) => ({
          type,
          count: num(values[labels.length + index]),
        })),
        propertyKeys: names.propertyKeys,
      };
    },

    async listArticles(): Promise<ArticleSummaryDto[]> {
      const result = await readQuery(driver, session, LIST_ARTICLES);
      return result.records.map(toSummary);
    },

    async article({ articleId }: { articleId: string }): Promise<ArticleDto> {
      const result = await readQuery(driver, session, GET_ARTICLE, { id: articleId });
      const record = result.records[0];
      if (!record)
        throw new NotFoundError(
          `No article has the id "${articleId}". GET /api/articles lists them.`,
        );
      const sentences = (record.get('sentences') as Record<string, unknown>[]).map((sentence) => ({
        index: num(sentence.index),
        start: num(sentence.start),
        end: num(sentence.end),
        text: String(sentence.text),
        relationshipIds: (sentence.relationshipIds as string[]).map(String),
      }));
      return { ...toSummary(record), text: String(record.get('text')), sentences };
    },
  };
}
